export default {
  'zh-CN': {
    shortcuts: {
      next: '下一个 / 上一个会话', lists: '切换列表：我的 / 排队 / 全部', resolve: '解决当前会话',
      accept: '接入当前排队会话', note: '切换内部备注', canned: '在输入框开头插入快捷回复',
      send: '发送消息（Shift+Enter 换行）', help: '显示快捷键',
    },
  },
  en: {
    shortcuts: {
      next: 'Next / previous conversation', lists: 'Switch list: mine / queue / all', resolve: 'Resolve the open conversation',
      accept: 'Accept the open queued conversation', note: 'Toggle internal note', canned: 'Canned reply, at the start of the composer',
      send: 'Send (Shift+Enter for a new line)', help: 'Show shortcuts',
    },
  },
}
