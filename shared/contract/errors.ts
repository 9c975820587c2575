// Stable error codes and their messages in both languages. `{name}` is filled from the error's details.

export const ERROR_MESSAGES = {
  UNKNOWN_CHANNEL: { 'zh-CN': '未知的操作：{channel}', en: 'Unknown action: {channel}' },
  INVALID_INPUT: { 'zh-CN': '输入有误：{issues}', en: 'Invalid input: {issues}' },
  NOT_SIGNED_IN: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  SESSION_LOCKED: { 'zh-CN': '屏幕已锁定，请输入 PIN 解锁', en: 'The screen is locked; enter your PIN' },
  PERMISSION_DENIED: {
    'zh-CN': '您没有执行此操作的权限（{permission}）',
    en: 'You are not allowed to do this ({permission})',
  },
  MANAGER_APPROVAL_REQUIRED: {
    'zh-CN': '此操作需要主管授权',
    en: 'This action needs a manager’s approval',
  },
  APPROVAL_INVALID: {
    'zh-CN': '授权无效或已过期，请重新授权',
    en: 'The approval is invalid or has expired; ask again',
  },
  APPROVER_NOT_ALLOWED: {
    'zh-CN': '{name} 无权授权此操作',
    en: '{name} may not approve this action',
  },
  PIN_INCORRECT: {
    'zh-CN': 'PIN 错误，还可尝试 {remaining} 次',
    en: 'Wrong PIN; {remaining} attempts left',
  },
  STAFF_LOCKED: {
    'zh-CN': '该账户已锁定，请 {minutes} 分钟后再试或请主管解锁',
    en: 'This account is locked; try again in {minutes} min or ask a manager to unlock it',
  },
  STAFF_DISABLED: { 'zh-CN': '该账户已停用', en: 'This account is disabled' },
  STAFF_NOT_FOUND: { 'zh-CN': '找不到该员工', en: 'Staff member not found' },
  STAFF_NAME_TAKEN: { 'zh-CN': '员工姓名“{name}”已存在', en: 'A staff member named “{name}” exists' },
  LAST_ADMINISTRATOR: {
    'zh-CN': '至少要保留一名在职的系统管理员',
    en: 'At least one active administrator must remain',
  },
  NOT_SELF: { 'zh-CN': '不能停用自己的账户', en: 'You cannot disable your own account' },
  SETUP_REQUIRED: { 'zh-CN': '请先完成首次设置', en: 'Finish the first-run setup first' },
  SETUP_ALREADY_DONE: { 'zh-CN': '首次设置已完成', en: 'Setup has already been done' },
  INTERNAL_ERROR: {
    'zh-CN': '系统内部错误，操作未保存（{reference}）',
    en: 'Internal error; nothing was saved ({reference})',
  },
  CONNECTION_LOST: {
    'zh-CN': '与收银核心的连接已断开',
    en: 'Lost the connection to the till core',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

export type ErrorDetails = Record<string, unknown>;

export function formatErrorMessage(code: ErrorCode, language: Language, details: ErrorDetails = {}): string {
  return ERROR_MESSAGES[code][language].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in details ? String(details[key]) : whole,
  );
}

/** The message an envelope carries: Chinese first, then English, so logs read in either language. */
export function bilingualMessage(code: ErrorCode, details: ErrorDetails = {}): string {
  return `${formatErrorMessage(code, 'zh-CN', details)} / ${formatErrorMessage(code, 'en', details)}`;
}
