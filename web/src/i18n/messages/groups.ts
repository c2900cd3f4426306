export default {
  'zh-CN': {
    groups: {
      title: '技能组', create: '新建技能组', edit: '编辑技能组', name: '名称', strategy: '分配策略', members: '成员',
      memberCount: '{n} 人', openNow: '营业中', closedNow: '休息中', alwaysOpen: '全天候', hours: '营业时间',
      overflow: '溢出', overflowTo: '溢出到', overflowAfter: '等待超过', overflowNone: '不溢出',
      overflowHint: '排队超过该时间后，溢出组的客服也可以接待', lastAgentDays: '熟客回溯天数',
      lastAgentHint: '优先分配给该客户最近 {n} 天内服务过的客服', timezone: '时区', timezoneDefault: '企业默认时区',
      basics: '基本设置', schedule: '每周营业时间', holidays: '节假日与调休', alwaysOpenSwitch: '全天候营业（不设营业时间）',
      alwaysOpenHint: '关闭后，未填写时段的日期视为休息', closedDay: '休息', addWindow: '添加时段', copyToWeekdays: '复制到工作日',
      holidayDate: '日期', holidayName: '名称', holidayNamePlaceholder: '例如 国庆节', holidayClosed: '全天休息',
      holidaySpecial: '特殊时段', addHoliday: '添加节假日', noHolidays: '未设置节假日',
      member: '客服', proficiency: '熟练度', addMember: '添加成员', noMembers: '尚无成员：没有人会接待这个组的会话',
      pickUser: '选择客服', deleteTitle: '删除技能组', deleteText: '确定删除技能组“{name}”？',
      readOnly: '你只有查看权限', empty: '还没有技能组。新建一个，把客服分配进来。', saved: '技能组已保存',
      days: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
      strategies: {
        least_load: '最少接待', round_robin: '轮流分配', last_agent: '熟客优先', proficiency: '熟练度优先',
      },
      strategyHints: {
        least_load: '分给当前接待会话最少的客服，相同时分给最久未分配的',
        round_robin: '按上次分配时间轮流，人人机会均等',
        last_agent: '分给最近服务过该客户的客服（在回溯天数内且有空位），否则按最少接待',
        proficiency: '分给组内熟练度最高的客服，相同时按最少接待',
      },
      windowHint: '时段格式 HH:MM，24:00 表示午夜',
    },
    errors: {
      group_in_use: '仍有规则、策略、其他组的溢出、排队或历史会话引用该技能组，无法删除。',
      group_name_taken: '已有同名技能组。',
    },
  },
  en: {
    groups: {
      title: 'Skill groups', create: 'New skill group', edit: 'Edit skill group', name: 'Name', strategy: 'Strategy', members: 'Members',
      memberCount: '{n} people', openNow: 'Open', closedNow: 'Closed', alwaysOpen: 'Always open', hours: 'Hours',
      overflow: 'Overflow', overflowTo: 'Overflow to', overflowAfter: 'after waiting', overflowNone: 'No overflow',
      overflowHint: 'After this wait, the overflow group’s agents may take the conversation too', lastAgentDays: 'Last agent within',
      lastAgentHint: 'Prefer the agent who served this customer in the last {n} days', timezone: 'Time zone', timezoneDefault: 'The company’s time zone',
      basics: 'Basics', schedule: 'Weekly hours', holidays: 'Holidays and special days', alwaysOpenSwitch: 'Always open (no business hours)',
      alwaysOpenHint: 'When off, a day without hours is closed', closedDay: 'Closed', addWindow: 'Add hours', copyToWeekdays: 'Copy to weekdays',
      holidayDate: 'Date', holidayName: 'Name', holidayNamePlaceholder: 'e.g. National Day', holidayClosed: 'Closed all day',
      holidaySpecial: 'Special hours', addHoliday: 'Add a holiday', noHolidays: 'No holidays',
      member: 'Agent', proficiency: 'Proficiency', addMember: 'Add member', noMembers: 'No members yet: nobody will answer this group',
      pickUser: 'Choose an agent', deleteTitle: 'Delete skill group', deleteText: 'Delete the skill group “{name}”?',
      readOnly: 'You can view but not change these', empty: 'No skill groups yet. Create one and add agents.', saved: 'Skill group saved',
      days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
      strategies: {
        least_load: 'Least load', round_robin: 'Round robin', last_agent: 'Last agent', proficiency: 'Proficiency',
      },
      strategyHints: {
        least_load: 'The agent with the fewest active conversations, then the longest since their last one',
        round_robin: 'Each agent takes a turn, by time since their last assignment',
        last_agent: 'The agent who last served this customer (within the days set), if they have room; else least load',
        proficiency: 'The most proficient agent in the group, then least load',
      },
      windowHint: 'Times as HH:MM; 24:00 is midnight',
    },
    errors: {
      group_in_use: 'Rules, the policy, another group’s overflow, the queue or past conversations refer to this group.',
      group_name_taken: 'A skill group of that name exists.',
    },
  },
}
