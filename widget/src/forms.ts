/** The pre-chat form and the leave-a-message form. What the visitor typed survives errors. */

import { ICONS, h, icon } from "./dom";
import { pick, type StringKey } from "./i18n";
import type { Locale, PrechatField } from "./types";

export interface FormContext {
  t(key: StringKey, values?: Record<string, string | number>): string;
  locale(): Locale;
  /** Register a refresh for when the language changes. */
  bind(update: () => void): void;
}

export interface FieldSpec {
  key: string;
  type: PrechatField["type"];
  required: boolean;
  label: () => string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{5,20}$/;

export class Form {
  readonly el: HTMLFormElement;
  private readonly controls = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  private readonly hints = new Map<string, HTMLElement>();
  private readonly notice = h("div", { class: "notice", role: "alert", hidden: true });
  private readonly submit: HTMLButtonElement;
  private readonly card: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly ctx: FormContext,
    readonly name: string,
    title: (() => string) | null,
    intro: () => string,
    private readonly fields: FieldSpec[],
    submitLabel: StringKey,
    private readonly check: (values: Record<string, string>) => string | null,
    private readonly onSubmit: (values: Record<string, string>) => void,
  ) {
    this.submit = h("button", { class: "primary", type: "submit" });
    const titleEl = title ? h("div", { class: "form-title" }) : null;
    const introEl = h("div", { class: "form-intro" });
    ctx.bind(() => {
      if (titleEl && title) titleEl.textContent = title();
      introEl.textContent = intro();
      this.submit.textContent = ctx.t(submitLabel);
    });
    this.body = h("div", {}, titleEl, introEl, this.notice, ...fields.map((field) => this.field(field)), this.submit);
    this.card = h("div", { class: "form-card" }, this.body);
    this.el = h("form", { class: "form", novalidate: true, "data-form": name }, this.card);
    this.el.addEventListener("submit", (event) => {
      event.preventDefault();
      this.send();
    });
  }

  private field(spec: FieldSpec): HTMLElement {
    const id = `kf-${this.name}-${spec.key}`;
    const control =
      spec.type === "textarea"
        ? h("textarea", { class: "control", id, name: spec.key, maxlength: 5000 })
        : h("input", {
            class: "control",
            id,
            name: spec.key,
            type: spec.type === "phone" ? "tel" : spec.type === "email" ? "email" : "text",
            autocomplete: spec.type === "phone" ? "tel" : spec.type === "email" ? "email" : spec.key === "name" ? "name" : "off",
            maxlength: 200,
          });
    control.addEventListener("input", () => this.hint(spec.key, null));
    const text = h("span");
    const mark = h("small");
    this.ctx.bind(() => {
      text.textContent = spec.label();
      mark.textContent = spec.required ? "" : this.ctx.t("optional");
      mark.className = spec.required ? "req" : "";
      if (spec.required) mark.textContent = "*";
    });
    const hint = h("div", { class: "hint", hidden: true });
    this.controls.set(spec.key, control);
    this.hints.set(spec.key, hint);
    return h("label", { class: "field", for: id }, h("span", { class: "label" }, text, mark), control, hint);
  }

  private hint(key: string, text: string | null): void {
    const hint = this.hints.get(key);
    const control = this.controls.get(key);
    if (!hint || !control) return;
    hint.hidden = text === null;
    hint.textContent = text ?? "";
    control.classList.toggle("bad", text !== null);
  }

  values(): Record<string, string> {
    const values: Record<string, string> = {};
    for (const [key, control] of this.controls) values[key] = control.value.trim();
    return values;
  }

  fill(values: Record<string, string>): void {
    for (const [key, value] of Object.entries(values)) {
      const control = this.controls.get(key);
      if (control && !control.value) control.value = value;
    }
  }

  clear(key: string): void {
    const control = this.controls.get(key);
    if (control) control.value = "";
  }

  private send(): void {
    const values = this.values();
    let first: HTMLElement | null = null;
    for (const spec of this.fields) {
      const value = values[spec.key] ?? "";
      let problem: string | null = null;
      if (spec.required && !value) problem = this.ctx.t("fieldRequired", { label: spec.label() });
      else if (value && spec.type === "email" && !EMAIL.test(value)) problem = this.ctx.t("emailInvalid");
      else if (value && spec.type === "phone" && !PHONE.test(value)) problem = this.ctx.t("phoneInvalid");
      this.hint(spec.key, problem);
      if (problem && !first) first = this.controls.get(spec.key) ?? null;
    }
    if (first) {
      first.focus();
      return;
    }
    const problem = this.check(values);
    if (problem) {
      this.error(problem);
      return;
    }
    this.error(null);
    this.busy(true);
    this.onSubmit(values);
  }

  busy(on: boolean): void {
    this.submit.disabled = on;
    this.el.setAttribute("aria-busy", String(on));
  }

  error(text: string | null): void {
    this.busy(false);
    this.notice.hidden = text === null;
    this.notice.textContent = text ?? "";
  }

  /** Replace the form by a confirmation; `again` brings the form back, emptied of the body. */
  done(text: string, again: StringKey, onAgain: () => void): void {
    const button = h("button", { class: "secondary", type: "button", text: this.ctx.t(again) });
    const thanks = h("div", { class: "thanks" }, h("div", { class: "check" }, icon(ICONS.check, 24)), h("div", { text }), button);
    button.addEventListener("click", () => {
      thanks.replaceWith(this.body);
      onAgain();
    });
    this.busy(false);
    this.body.replaceWith(thanks);
  }

  focus(): void {
    this.controls.values().next().value?.focus();
  }
}

export function prechatSpecs(fields: PrechatField[], ctx: FormContext): FieldSpec[] {
  return fields.map((field) => ({
    key: field.key,
    type: field.type,
    required: field.required,
    label: () => pick(field.label, ctx.locale()) || field.key,
  }));
}
