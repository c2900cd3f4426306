export default {
  'zh-CN': {
    canned: {
      title: '快捷回复', create: '新建快捷回复', edit: '编辑快捷回复', search: '搜索快捷键或标题', shortcut: '快捷键',
      shortcutHint: '在输入框输入 / 加快捷键即可插入，不能包含空格', titleField: '标题', body: '内容', scope: '范围',
      team: '团队', updated: '更新时间', empty: '还没有快捷回复。', noMatch: '没有匹配的快捷回复。',
      scopes: { personal: '个人', team: '团队', everyone: '全员共享' },
      scopeHints: {
        personal: '只有你自己能看到和使用', team: '所选团队的成员可以使用', everyone: '企业内所有客服都可以使用',
      },
      manageOnly: '团队和共享回复需要“管理快捷回复”权限', deleteTitle: '删除快捷回复', deleteText: '确定删除快捷回复“{name}”？',
      pickTeam: '选择团队', readOnlyRow: '只读',
    },
  },
  en: {
    canned: {
      title: 'Canned replies', create: 'New canned reply', edit: 'Edit canned reply', search: 'Search shortcut or title', shortcut: 'Shortcut',
      shortcutHint: 'Type / and the shortcut in the composer to insert it; no spaces', titleField: 'Title', body: 'Text', scope: 'Scope',
      team: 'Team', updated: 'Updated', empty: 'No canned replies yet.', noMatch: 'No canned reply matches.',
      scopes: { personal: 'Personal', team: 'Team', everyone: 'Everyone' },
      scopeHints: {
        personal: 'Only you see and use it', team: 'Members of the chosen team may use it', everyone: 'Every agent of the company may use it',
      },
      manageOnly: 'Team and shared replies need the “manage canned replies” permission', deleteTitle: 'Delete canned reply', deleteText: 'Delete the canned reply “{name}”?',
      pickTeam: 'Choose a team', readOnlyRow: 'Read-only',
    },
  },
}
