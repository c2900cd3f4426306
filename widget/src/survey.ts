/**
 * The satisfaction survey card under an ended conversation (docs/surveys.md): five stars
 * with the rating's label, the reason chips of that rating's sentiment, a comment, and the
 * thanks once answered. The chat decides when it shows; this module only draws and asks.
 */

import { ICONS, append, h, icon } from "./dom";
import { pick, translate, type StringKey } from "./i18n";
import type { Locale, SurveyAnswer, SurveyForm } from "./types";

/** Sends the answer; resolves to the survey as it now stands, rejects with a message. */
export type SubmitSurvey = (answer: SurveyAnswer) => Promise<SurveyForm>;

export class SurveyCard {
  readonly el = h("div", { class: "survey", role: "group" });
  private rating = 0;
  private reasons = new Set<string>();
  private comment = "";
  private busy = false;
  private error = "";
  private locale: Locale = "zh-CN";

  constructor(
    public form: SurveyForm,
    private readonly submit: SubmitSurvey,
  ) {}

  draw(locale: Locale): HTMLElement {
    this.locale = locale;
    const { form } = this;
    const t = (key: StringKey): string => translate(locale, key);
    const done = form.answer;
    const rating = done?.rating ?? this.rating;
    const stars = h("div", { class: "stars" });
    for (let n = 1; n <= 5; n++) {
      const star = h("button", {
        type: "button",
        class: n <= rating ? "on" : null,
        "aria-label": `${n} · ${pick(form.rating_labels[n - 1], locale)}`,
        "aria-pressed": String(n === rating),
        disabled: Boolean(done),
        text: "★",
      });
      star.addEventListener("click", () => this.choose(n));
      stars.append(star);
    }
    const label = h("div", { class: "survey-label", text: rating ? pick(form.rating_labels[rating - 1], locale) : t("surveyPick") });
    this.el.dataset.state = done ? "answered" : "open";
    if (done) {
      this.el.replaceChildren(
        h("div", { class: "check" }, icon(ICONS.check, 20)),
        h("div", { class: "survey-title", text: pick(form.thanks, locale) }),
        stars,
        label,
      );
      return this.el;
    }
    const sentiment = rating >= 4 ? "positive" : "negative";
    const chips = rating
      ? form.reasons
          .filter((reason) => reason.sentiment === sentiment)
          .map((reason) => {
            const on = this.reasons.has(reason.key);
            const chip = h("button", { type: "button", class: on ? "chip on" : "chip", "aria-pressed": String(on), "data-reason": reason.key, text: pick(reason.label, locale) });
            chip.addEventListener("click", () => {
              if (!this.reasons.delete(reason.key)) this.reasons.add(reason.key);
              this.draw(this.locale);
            });
            return chip;
          })
      : [];
    let comment: HTMLTextAreaElement | null = null;
    if (rating && form.comment) {
      comment = h("textarea", { class: "control", rows: 2, maxlength: form.comment_max, placeholder: t("surveyComment"), "aria-label": t("surveyComment") });
      comment.value = this.comment;
      comment.addEventListener("input", () => (this.comment = comment?.value ?? ""));
    }
    const send = h("button", { class: "primary", type: "button", disabled: !rating || this.busy, text: t("surveySubmit") });
    send.addEventListener("click", () => void this.send());
    this.el.replaceChildren();
    append(this.el, [
      h("div", { class: "survey-title", text: pick(form.question, locale) }),
      stars,
      label,
      chips.length ? h("div", { class: "chips" }, ...chips) : null,
      comment,
      this.error ? h("div", { class: "notice", role: "alert", text: this.error }) : null,
      rating ? send : null,
    ]);
    return this.el;
  }

  private choose(rating: number): void {
    // Reasons belong to a sentiment: moving across 3|4 drops those ticked before.
    if ((rating >= 4) !== (this.rating >= 4)) this.reasons.clear();
    this.rating = rating;
    this.draw(this.locale);
  }

  private async send(): Promise<void> {
    if (!this.rating || this.busy) return;
    this.busy = true;
    this.error = "";
    this.draw(this.locale);
    try {
      this.form = await this.submit({ rating: this.rating, reasons: [...this.reasons], comment: this.comment.trim() });
    } catch (error) {
      this.error = String((error as Error).message || error);
    }
    this.busy = false;
    this.draw(this.locale);
  }
}
