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
  PRINTER_NOT_FOUND: {
    'zh-CN': '找不到该打印机（编号 {printerId}）',
    en: 'No such printer (number {printerId})',
  },
  PRINTER_NAME_TAKEN: { 'zh-CN': '打印机名称“{name}”已存在', en: 'A printer named “{name}” exists' },
  NO_PRINTER: {
    'zh-CN': '尚未设置用于“{documentType}”的打印机',
    en: 'No printer is set up for “{documentType}”',
  },
  PRINT_JOB_NOT_FOUND: {
    'zh-CN': '找不到该打印任务（编号 {jobId}）',
    en: 'No such print job (number {jobId})',
  },
  PRINT_JOB_NOT_CANCELLABLE: {
    'zh-CN': '只能取消等待中或失败的打印任务',
    en: 'Only waiting or failed print jobs can be cancelled',
  },
  PRINT_JOB_NOT_FAILED: { 'zh-CN': '只能重试失败的打印任务', en: 'Only failed print jobs can be retried' },
  NOT_REPRINTABLE: { 'zh-CN': '此类单据不能重印', en: 'This kind of document cannot be reprinted' },
  DEVICE_NOT_FOUND: { 'zh-CN': '找不到该设备（编号 {deviceId}）', en: 'No such device (number {deviceId})' },
  DEVICE_NO_SCALE: { 'zh-CN': '尚未设置电子秤', en: 'No scale is set up' },
  DEVICE_KIND_MISMATCH: { 'zh-CN': '设备“{name}”不支持此操作', en: '“{name}” cannot do this' },
  DEVICE_NOT_SIMULATED: {
    'zh-CN': '“{name}”是真实设备，不能模拟',
    en: '“{name}” is real hardware and cannot be simulated',
  },
  DEVICE_PATH_TAKEN: {
    'zh-CN': '串口 {path} 已由“{name}”使用',
    en: 'Serial port {path} is already used by “{name}”',
  },
  DEVICE_DISCONNECTED: { 'zh-CN': '设备“{name}”未连接', en: '“{name}” is not connected' },
  DEVICE_SILENT: {
    'zh-CN': '“{name}”已 {seconds} 秒没有数据，正在重新连接',
    en: 'No data from “{name}” for {seconds} s; reconnecting',
  },
  DEVICE_PORT_NOT_FOUND: {
    'zh-CN': '找不到串口 {path}，请检查连线和端口设置',
    en: 'Serial port {path} was not found; check the cable and the port setting',
  },
  DEVICE_PORT_BUSY: {
    'zh-CN': '串口 {path} 正被其他程序占用',
    en: 'Serial port {path} is in use by another program',
  },
  DEVICE_PORT_DENIED: {
    'zh-CN': '没有权限打开串口 {path}',
    en: 'No permission to open serial port {path}',
  },
  DEVICE_PORT_FAILED: {
    'zh-CN': '无法打开串口 {path}：{reason}',
    en: 'Cannot open serial port {path}: {reason}',
  },
  DEVICE_PORT_LIST_FAILED: {
    'zh-CN': '无法列出本机串口（{reason}），只显示已设置的端口',
    en: 'Could not list the serial ports ({reason}); showing the configured ones only',
  },
  DEVICE_WEIGHT_UNSTABLE: { 'zh-CN': '重量尚未稳定，请稍候', en: 'The weight has not settled yet' },
  DEVICE_OVERLOAD: {
    'zh-CN': '超出秤的量程，请取下物品',
    en: 'Over the scale’s capacity; take the item off',
  },
  DEVICE_NEGATIVE_WEIGHT: {
    'zh-CN': '重量低于零，请清空秤盘后归零',
    en: 'The weight is below zero; clear the pan and zero the scale',
  },
  DEVICE_UNIT_UNSUPPORTED: {
    'zh-CN': '秤的单位“{unit}”不受支持，请在秤上改用 g、ct 或 kg',
    en: 'The scale’s unit “{unit}” is not supported; set it to g, ct or kg',
  },
  DEVICE_LINE_UNREADABLE: {
    'zh-CN': '无法识别秤的输出“{line}”，请检查协议和波特率',
    en: 'Cannot read the scale’s output “{line}”; check the protocol and the baud rate',
  },
  DEVICE_LINE_TOO_LONG: {
    'zh-CN': '收到 {bytes} 字节仍无行结束符，请检查波特率和结束符设置',
    en: '{bytes} bytes without a line end; check the baud rate and the line ending',
  },
  DEVICE_COMMAND_REJECTED: {
    'zh-CN': '秤拒绝了命令（{reply}）',
    en: 'The scale refused the command ({reply})',
  },
  DEVICE_COMMAND_UNSUPPORTED: {
    'zh-CN': '{protocol} 秤不能通过串口去皮或归零，请使用秤上的按键',
    en: 'A {protocol} scale cannot tare or zero over the serial line; use the keys on the scale',
  },
  DEVICE_SCAN_PREFIX_MISSING: {
    'zh-CN': '扫描数据缺少前缀“{prefix}”',
    en: 'The scan lacks the prefix “{prefix}”',
  },
  PRODUCT_NOT_FOUND: {
    'zh-CN': '找不到商品“{code}”，请核对条码或重新搜索',
    en: 'No product “{code}”: check the barcode or search again',
  },
  SKU_TAKEN: { 'zh-CN': '货号“{sku}”已被其他商品使用', en: 'SKU “{sku}” belongs to another product' },
  BARCODE_TAKEN: {
    'zh-CN': '条码“{code}”已被其他商品使用',
    en: 'Barcode “{code}” belongs to another product',
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
