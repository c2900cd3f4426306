export default {
  'zh-CN': {
    wallboard: {
      since: '今日数据 · 服务水平 = {sl} 秒内接入的比例', waiting: '排队人数', longestWait: '最长等待', serviceLevel: '服务水平',
      answered: '今日接入', averageWait: '平均等待', agentsOnline: '在线客服', queues: '各技能组队列', agentStates: '客服状态分布',
      agents: '客服状态', live: '进行中的会话', group: '技能组', noGroup: '未分组', agent: '客服', state: '状态',
      timeInState: '持续时间', load: '当前接待', changeState: '更改状态', customer: '客户', lastMessage: '最新消息',
      customerWaiting: '客户等待', watch: '监听',
    },
  },
  en: {
    wallboard: {
      since: 'Today · service level = share answered within {sl} s', waiting: 'Waiting', longestWait: 'Longest wait', serviceLevel: 'Service level',
      answered: 'Answered today', averageWait: 'Average wait', agentsOnline: 'Agents online', queues: 'Queues by skill group', agentStates: 'Agents by state',
      agents: 'Agents', live: 'Live conversations', group: 'Skill group', noGroup: 'No group', agent: 'Agent', state: 'State',
      timeInState: 'Time in state', load: 'Load', changeState: 'Change state', customer: 'Customer', lastMessage: 'Last message',
      customerWaiting: 'Customer waiting', watch: 'Watch',
    },
  },
}
