export default {
  'zh-CN': {
    profile: {
      employeeNo: '工号', email: '邮箱', roles: '角色', tenant: '企业', preferences: '偏好设置',
      password: '修改密码', current: '当前密码', new: '新密码',
    },
  },
  en: {
    profile: {
      employeeNo: 'Employee no.', email: 'Email', roles: 'Roles', tenant: 'Company', preferences: 'Preferences',
      password: 'Change password', current: 'Current password', new: 'New password',
    },
  },
}
