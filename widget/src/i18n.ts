/** The widget's strings in zh-CN (the default) and English. */

import type { Labels, Locale } from "./types";

const zh = {
  title: "在线客服",
  open: "打开在线客服",
  close: "关闭",
  switchLanguage: "English",
  switchLanguageHint: "Switch to English",
  online: "在线 · 通常几分钟内回复",
  offline: "客服暂时不在线",
  connecting: "正在连接…",
  reconnecting: "网络不稳定，正在重新连接…",
  queued: "正在为您转接客服，您前面还有 {ahead} 位",
  queuedFirst: "正在为您转接客服，下一位就是您",
  queueWait: "预计等待 {minutes} 分钟",
  placeholder: "输入消息，Enter 发送",
  placeholderMobile: "输入消息…",
  send: "发送",
  emoji: "表情",
  attach: "发送图片或文件",
  sending: "发送中",
  read: "已读",
  unread: "未读",
  retry: "重试",
  uploading: "上传中 {n}%",
  typing: "{name}正在输入…",
  agent: "客服",
  bot: "智能助手",
  today: "今天",
  yesterday: "昨天",
  prechatIntro: "为了更好地为您服务，请先留下您的信息。",
  prechatStart: "开始咨询",
  required: "必填",
  optional: "选填",
  fieldRequired: "请填写{label}",
  emailInvalid: "邮箱格式不正确",
  phoneInvalid: "手机号码格式不正确",
  leaveTitle: "给我们留言",
  leaveIntro: "客服暂时不在线。留下您的问题和联系方式，我们会尽快回复您。",
  leaveBody: "留言内容",
  leaveName: "姓名",
  leavePhone: "手机",
  leaveEmail: "邮箱",
  leaveSubmit: "提交留言",
  leaveContact: "请至少留下一种联系方式（手机或邮箱）",
  leaveThanks: "留言已提交，我们会尽快与您联系。",
  leaveAgain: "再留一条",
  ended: "本次会话已结束，发送消息可开始新的会话。",
  endedBefore: "以上会话已结束",
  fileTooLarge: "文件不能超过 {size}",
  typeNotAllowed: "不支持发送此类型的文件",
  openImage: "查看原图",
  previewImage: "[图片]",
  previewFile: "[文件]",
  poweredBy: "Kefu 提供技术支持",
  surveyPick: "点击星星评分",
  surveyComment: "其他意见或建议（选填）",
  surveySubmit: "提交评价",
  err_survey_answered: "您已评价过了",
  err_survey_expired: "评价已过期",
  err_rate_limited: "发送太频繁了，请稍后再试",
  err_message_too_long: "消息太长了（最多 5000 字）",
  err_conversation_closed: "会话已结束，请重新发送",
  err_attachment_not_found: "附件已失效，请重新上传",
  err_file_too_large: "文件太大，无法发送",
  err_file_type_not_allowed: "不支持发送此类型的文件",
  err_validation_error: "内容不符合要求，请检查后重试",
  err_forbidden: "没有权限执行此操作",
  err_not_found: "会话不存在或已结束",
  err_identity_invalid: "身份验证失败，请刷新页面后重试",
  err_network_error: "网络连接失败，请检查网络后重试",
  err_bad_frame: "请求格式有误",
  err_generic: "出错了，请稍后重试",
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: "Chat with us",
  open: "Open chat",
  close: "Close",
  switchLanguage: "中文",
  switchLanguageHint: "切换到中文",
  online: "Online · replies in minutes",
  offline: "We're away right now",
  connecting: "Connecting…",
  reconnecting: "Connection lost, reconnecting…",
  queued: "Connecting you to an agent: {ahead} ahead of you",
  queuedFirst: "Connecting you to an agent: you are next",
  queueWait: "about {minutes} min",
  placeholder: "Type a message, Enter to send",
  placeholderMobile: "Type a message…",
  send: "Send",
  emoji: "Emoji",
  attach: "Send an image or file",
  sending: "Sending",
  read: "Read",
  unread: "Delivered",
  retry: "Retry",
  uploading: "Uploading {n}%",
  typing: "{name} is typing…",
  agent: "Support",
  bot: "Assistant",
  today: "Today",
  yesterday: "Yesterday",
  prechatIntro: "Tell us a little about you so we can help you better.",
  prechatStart: "Start chat",
  required: "required",
  optional: "optional",
  fieldRequired: "Please enter {label}",
  emailInvalid: "Enter a valid email address",
  phoneInvalid: "Enter a valid phone number",
  leaveTitle: "Leave us a message",
  leaveIntro: "We're not online right now. Leave your question and how to reach you, and we'll get back to you soon.",
  leaveBody: "Message",
  leaveName: "Name",
  leavePhone: "Phone",
  leaveEmail: "Email",
  leaveSubmit: "Send message",
  leaveContact: "Leave a phone number or an email so we can reach you",
  leaveThanks: "Thanks! We'll get back to you soon.",
  leaveAgain: "Leave another message",
  ended: "This conversation has ended. Send a message to start a new one.",
  endedBefore: "The conversation above has ended",
  fileTooLarge: "Files must be smaller than {size}",
  typeNotAllowed: "This type of file can't be sent",
  openImage: "Open image",
  previewImage: "[Image]",
  previewFile: "[File]",
  poweredBy: "Powered by Kefu",
  surveyPick: "Tap a star to rate",
  surveyComment: "Anything else? (optional)",
  surveySubmit: "Send",
  err_survey_answered: "You have already rated this",
  err_survey_expired: "This survey has closed",
  err_rate_limited: "You're sending too fast. Please wait a moment",
  err_message_too_long: "Message too long (5,000 characters at most)",
  err_conversation_closed: "The conversation has ended. Please send again",
  err_attachment_not_found: "The attachment has expired. Please upload it again",
  err_file_too_large: "The file is too large to send",
  err_file_type_not_allowed: "This type of file can't be sent",
  err_validation_error: "Please check what you entered and try again",
  err_forbidden: "You can't do that",
  err_not_found: "The conversation no longer exists",
  err_identity_invalid: "We couldn't verify who you are. Please reload the page",
  err_network_error: "Network problem. Check your connection and try again",
  err_bad_frame: "The request was malformed",
  err_generic: "Something went wrong. Please try again",
};

const tables: Record<Locale, Record<Key, string>> = { "zh-CN": zh, en };

export type StringKey = Key;

export function normaliseLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("en")) return "en";
  return null;
}

/** A stored choice wins, then the site's locale, then the browser's, then zh-CN. */
export function chooseLocale(stored: string | null, site: string | null): Locale {
  return (
    normaliseLocale(stored) ??
    normaliseLocale(site) ??
    normaliseLocale(typeof navigator === "undefined" ? null : navigator.language) ??
    "zh-CN"
  );
}

export function translate(locale: Locale, key: Key, values?: Record<string, string | number>): string {
  let text = tables[locale][key];
  if (values) {
    for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, String(value));
  }
  return text;
}

/** The server's error code in the user's language; the server's own message as a fallback. */
export function errorText(locale: Locale, code: string, fallback?: string): string {
  const key = `err_${code}` as Key;
  if (key in zh) return tables[locale][key];
  return fallback && locale === "en" ? fallback : tables[locale].err_generic;
}

/** A site-configured label (`{"zh-CN": …, "en": …}`) in the chosen locale, with fallbacks. */
export function pick(labels: Labels | null | undefined, locale: Locale): string {
  if (!labels) return "";
  return labels[locale] ?? labels[locale === "en" ? "zh-CN" : "en"] ?? Object.values(labels)[0] ?? "";
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / (1024 * 102.4)) / 10} MB`;
}
