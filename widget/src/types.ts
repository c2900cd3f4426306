/** Shapes of docs/protocol.md, as the widget sees them. */

export type Locale = "zh-CN" | "en";
export type Labels = Partial<Record<string, string>>;

export interface PrechatField {
  key: string;
  type: "text" | "email" | "phone" | "textarea";
  required: boolean;
  label: Labels;
}

export interface SiteSettings {
  site: string;
  name: string;
  color: string;
  locale: string;
  greeting: Labels;
  prechat: { enabled: boolean; fields: PrechatField[] };
  available: boolean;
  uploads: { max_bytes: number; types: string[] };
}

export interface ConversationRef {
  id: string;
  status: string;
  last_seq?: number;
  agent_read_seq?: number;
}

export interface Session {
  visitor_id: string;
  contact: { id: string; name: string | null; verified: boolean };
  token: string;
  expires_in: number;
  active_conversation: ConversationRef | null;
}

export interface Attachment {
  id: string;
  name: string;
  content_type: string;
  size: number;
  url: string;
}

export interface CardButton {
  label: string;
  action: "reply" | "link" | "feedback";
  value: string;
}

export interface Card {
  title?: string | null;
  text?: string | null;
  image_url?: string | null;
  buttons?: CardButton[] | null;
}

export type MessageKind = "text" | "image" | "file";

export interface Message {
  id: string;
  seq: number;
  conversation_id: string;
  client_msg_id: string | null;
  sender: { type: "customer" | "agent" | "bot" | "system"; id?: string | null; name?: string | null };
  kind: string;
  body: string | null;
  private?: boolean;
  attachment: Attachment | null;
  card: Card | null;
  created_at: string;
}

/** A conversation's satisfaction survey (docs/surveys.md): the form and where it stands. */
export interface SurveyForm {
  state: "open" | "answered" | "pending" | "expired" | "disabled";
  question: Labels;
  rating_labels: Labels[];
  reasons: { key: string; sentiment: "negative" | "positive"; label: Labels }[];
  comment: boolean;
  comment_max: number;
  thanks: Labels;
  answer: SurveyAnswer | null;
}

export interface SurveyAnswer {
  rating: number;
  reasons: string[];
  comment: string;
}

export interface ServerError {
  code: string;
  message: string;
  details?: unknown;
}

/** A server frame: every object has a `type`; the rest depends on it. */
export interface Frame {
  type: string;
  ref?: string;
  [key: string]: unknown;
}
