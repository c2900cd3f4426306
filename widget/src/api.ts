/** The widget's REST calls (docs/protocol.md §1). Errors carry the server's stable code. */

import type { Attachment, ServerError, Session, SiteSettings, SurveyAnswer, SurveyForm } from "./types";

export class ApiError extends Error implements ServerError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface SessionRequest {
  visitor_id?: string;
  identity_token?: string;
  locale: string;
  page: { url?: string; referrer?: string; title?: string };
  entry?: string;
  campaign?: string;
  device: "mobile" | "desktop";
}

export interface LeaveMessage {
  body: string;
  name?: string;
  phone?: string;
  email?: string;
}

function failure(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as Partial<ServerError>;
    if (typeof body.code === "string") {
      return new ApiError(status, body.code, String(body.message ?? ""), body.details);
    }
  } catch {
    // Not the API's error shape: fall through.
  }
  return new ApiError(status, status === 0 ? "network_error" : "http_error", text.slice(0, 200));
}

export class WidgetApi {
  token = "";

  constructor(
    readonly base: string,
    readonly site: string,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit",
      });
    } catch {
      throw new ApiError(0, "network_error", "network error");
    }
    const text = await response.text();
    if (!response.ok) throw failure(response.status, text);
    return JSON.parse(text) as T;
  }

  private sitePath(suffix = ""): string {
    return `/api/v1/widget/${encodeURIComponent(this.site)}${suffix}`;
  }

  settings(): Promise<SiteSettings> {
    return this.call("GET", this.sitePath());
  }

  async startSession(request: SessionRequest): Promise<Session> {
    const session = await this.call<Session>("POST", this.sitePath("/sessions"), request);
    this.token = session.token;
    return session;
  }

  /** Rate one of the bot's answers. */
  rate(conversationId: string, messageId: string, helpful: boolean): Promise<unknown> {
    return this.call("POST", this.sitePath("/feedback"), {
      conversation_id: conversationId,
      message_id: messageId,
      helpful,
    });
  }

  /** The conversation's satisfaction survey; the answer when `answer` is given. */
  survey(conversationId: string, answer?: SurveyAnswer & { language: string }): Promise<SurveyForm> {
    const path = this.sitePath(`/conversations/${encodeURIComponent(conversationId)}/survey`);
    return answer ? this.call("POST", path, answer) : this.call("GET", path);
  }

  leaveMessage(message: LeaveMessage): Promise<unknown> {
    return this.call("POST", this.sitePath("/leave-message"), message);
  }

  /** Multipart upload with progress (fetch cannot report upload progress). */
  upload(
    conversationId: string,
    file: File,
    onProgress: (fraction: number) => void,
  ): Promise<Attachment> {
    return new Promise((resolve, reject) => {
      const form = new FormData();
      form.append("conversation_id", conversationId);
      form.append("file", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", this.base + this.sitePath("/uploads"));
      xhr.setRequestHeader("Authorization", `Bearer ${this.token}`);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          try {
            resolve(JSON.parse(xhr.responseText) as Attachment);
          } catch {
            reject(failure(xhr.status, xhr.responseText));
          }
        } else {
          reject(failure(xhr.status, xhr.responseText));
        }
      };
      xhr.onerror = () => reject(new ApiError(0, "network_error", "network error"));
      xhr.send(form);
    });
  }
}
