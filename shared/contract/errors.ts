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
  APPROVAL_CANCELLED: {
    'zh-CN': '已取消授权，操作未执行',
    en: 'Approval cancelled; nothing was done',
  },
  APPROVAL_INVALID: {
    'zh-CN': '授权无效或已过期，请重新授权',
    en: 'The approval is invalid or has expired; ask again',
  },
  APPROVAL_NOT_NEEDED: {
    'zh-CN': '此操作无需主管授权（{channel}）',
    en: 'This action needs no manager’s approval ({channel})',
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
    'zh-CN': 'PIN 错误次数过多，请 {seconds} 秒后再试或请主管解锁',
    en: 'Too many wrong PINs; try again in {seconds} s or ask a manager to unlock it',
  },
  PIN_TOO_SHORT_FOR_ROLE: {
    'zh-CN': '店长和系统管理员的 PIN 码至少 {minimum} 位',
    en: 'Managers and administrators need a PIN of at least {minimum} digits',
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
  DEMO_STORE_NOT_EMPTY: {
    'zh-CN': '门店已设置，演示数据只能装入全新的门店',
    en: 'This store is already set up; the demo can only fill a new one',
  },
  AMOUNT_OUT_OF_RANGE: {
    'zh-CN': '“{name}”的价格超出上限（单价最高 ¥{maxYuan}），请先修改商品价格',
    en: 'The price of “{name}” is beyond the limit (at most ¥{maxYuan} a unit); correct the product’s price first',
  },
  INTERNAL_ERROR: {
    'zh-CN': '系统内部错误，操作未保存（{reference}）',
    en: 'Internal error; nothing was saved ({reference})',
  },
  DISK_FULL: {
    'zh-CN': '磁盘已满，本单未保存，请联系店长',
    en: 'The disk is full: this was not saved. Call the store manager',
  },
  STORAGE_READONLY: {
    'zh-CN': '数据文件只读，本单未保存，请联系店长',
    en: 'The data file is read-only: this was not saved. Call the store manager',
  },
  STORAGE_UNUSABLE: {
    'zh-CN': '无法写入数据文件 {path}（{reason}），收银无法启动，请联系店长',
    en: 'Cannot write the data file {path} ({reason}); the till cannot start. Call the store manager',
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
  TAG_PRINTER_NOT_SET: {
    'zh-CN': '尚未设置标签打印机，请在“标签”设置中选择',
    en: 'No label printer is set up; choose one in the tag settings',
  },
  TAG_PRINTER_NOT_LABEL: {
    'zh-CN': '“{name}”不是标签打印机（TSPL）',
    en: '“{name}” is not a label printer (TSPL)',
  },
  TAG_NO_BARCODE: {
    'zh-CN': '商品 {sku} 没有可打印的条码',
    en: 'Product {sku} has no printable barcode',
  },
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
  IMPORT_FILE_TOO_LARGE: {
    'zh-CN': '文件太大：最多 {maxMb} MB，请分成几个文件导入',
    en: 'The file is too large: at most {maxMb} MB; split it into several files',
  },
  IMPORT_TOO_MANY_ROWS: {
    'zh-CN': '文件有 {rows} 行，一次最多导入 {max} 行',
    en: 'The file has {rows} rows; one import takes at most {max}',
  },
  IMPORT_UNREADABLE: {
    'zh-CN': '无法读取文件“{fileName}”：请另存为 CSV 或 Excel 工作簿（.xlsx）',
    en: 'Cannot read “{fileName}”: save it as CSV or as an Excel workbook (.xlsx)',
  },
  IMPORT_COLUMNS_MISSING: {
    'zh-CN': '第一行缺少必需的列：{columns}',
    en: 'The first row lacks required columns: {columns}',
  },
  IMPORT_HAS_ERRORS: {
    'zh-CN': '有 {badRows} 行有错误，未导入任何商品；请修改文件，或选择跳过错误行',
    en: '{badRows} rows have errors; nothing was imported. Fix the file or choose to skip the bad rows',
  },
  CUSTOMER_NOT_FOUND: { 'zh-CN': '找不到该顾客', en: 'Customer not found' },
  CUSTOMER_PHONE_TAKEN: {
    'zh-CN': '手机号 {phone} 已登记为其他顾客',
    en: 'Mobile number {phone} belongs to another customer',
  },
  CUSTOMER_REQUIRED: {
    'zh-CN': '使用积分或储值支付前，请先关联会员',
    en: 'Attach the member before paying with points or store credit',
  },
  MEMBER_TIER_NOT_FOUND: { 'zh-CN': '找不到该会员等级', en: 'No such member tier' },
  MEMBER_TIER_NAME_TAKEN: {
    'zh-CN': '会员等级“{name}”已存在',
    en: 'A member tier named “{name}” exists',
  },
  GOLD_RATE_NOT_SET: {
    'zh-CN': '今日尚未设置 {purity} 的金价，请主管先设置今日金价',
    en: 'No {purity} gold rate is set today; ask a manager to set it',
  },
  BUY_BACK_RATE_NOT_SET: {
    'zh-CN': '今日尚未设置 {purity} 的回收价',
    en: 'No {purity} buy-back rate is set today',
  },
  GOLD_RATE_CHANGED: {
    'zh-CN': '{purity} 的今日价格已更新，请按新价格重新计价',
    en: 'The {purity} rate of the day has changed; price the line again at the new rate',
  },
  GOLD_RATE_REQUIRED: {
    'zh-CN': '“{name}”按克计价，需附上显示的金价',
    en: '“{name}” is priced by weight: send the gold rate shown',
  },
  WEIGHT_REQUIRED: { 'zh-CN': '“{name}”需要称重', en: '“{name}” must be weighed' },
  SINGLE_PIECE_QUANTITY: {
    'zh-CN': '“{name}”为单件商品（带标签或按重量计价），每行数量只能为 1',
    en: '“{name}” is a single piece (tagged or priced by weight); its quantity is 1',
  },
  PRICE_OVERRIDE_WEIGHED: {
    'zh-CN': '按克计价的“{name}”不能改价，请使用折扣',
    en: '“{name}” is priced by weight and cannot be overridden; give a discount instead',
  },
  PRODUCT_ALREADY_SOLD: {
    'zh-CN': '“{name}”（{sku}）已售出',
    en: '“{name}” ({sku}) has already been sold',
  },
  STOCK_RECEIPT_NOT_FOUND: {
    'zh-CN': '找不到入库记录 #{receiptId}',
    en: 'No receipt of stock #{receiptId}',
  },
  STOCK_RECEIPT_REVERSED: {
    'zh-CN': '入库记录 #{receiptId} 已冲销过',
    en: 'Receipt of stock #{receiptId} is already reversed',
  },
  STOCK_REVERSAL_EXCEEDS_ON_HAND: {
    'zh-CN': '库存只有 {onHand} 件，不能冲销入库的 {quantity} 件',
    en: 'Only {onHand} on hand; the {quantity} received cannot be taken back',
  },
  GOLD_RATE_CHANGE_UNCONFIRMED: {
    'zh-CN': '{purity} 金价由 {previous} 改为 {next}，变动超过 {share}，请确认',
    en: 'The {purity} rate changes from {previous} to {next}, more than {share}; please confirm',
  },
  SERIALIZED_ALREADY_IN_STOCK: {
    'zh-CN': '{sku} 是一物一码的单件商品，已在“{place}”，不能再入库',
    en: '{sku} is a single serialized piece already at “{place}”; it cannot be received again',
  },
  STOCK_PLACE_NOT_FOUND: { 'zh-CN': '找不到库位 #{placeId}', en: 'No stock place #{placeId}' },
  STOCK_PLACE_CODE_TAKEN: {
    'zh-CN': '库位编码 {code} 已被使用',
    en: 'The place code {code} is already used',
  },
  STOCK_TRAY_NEEDS_COUNTER: {
    'zh-CN': '托盘必须放在一个启用的柜台里，只有托盘属于柜台',
    en: 'A tray belongs to an open counter, and only a tray lies in a counter',
  },
  STOCK_PLACE_SYSTEM: {
    'zh-CN': '“{name}”是系统库位，不能停用或改为其他类型',
    en: '“{name}” is a system place: it cannot be closed or changed to another kind',
  },
  STOCK_PLACE_NOT_EMPTY: {
    'zh-CN': '“{name}”里还有 {quantity} 件货品或启用的托盘，不能停用',
    en: '“{name}” still holds {quantity} pieces or open trays; it cannot be closed',
  },
  STOCK_PLACE_CLOSED: { 'zh-CN': '库位“{name}”已停用', en: 'The place “{name}” is closed' },
  STOCK_NOT_AT_PLACE: {
    'zh-CN': '“{place}”只有 {quantity} 件“{name}”，不能移出 {wanted} 件',
    en: '“{place}” holds {quantity} of “{name}”; {wanted} cannot be moved',
  },
  STOCK_FROM_PLACE_REQUIRED: {
    'zh-CN': '“{name}”不是单件商品，请选择从哪个库位移出',
    en: '“{name}” is not a single piece; choose the place it leaves',
  },
  STOCK_NOT_IN_STORE: {
    'zh-CN': '“{name}”（{sku}）不在店内任何库位',
    en: '“{name}” ({sku}) is in none of the store’s places',
  },
  STOCK_MOVE_NOT_ALLOWED: {
    'zh-CN': '不能从“{from}”移到“{to}”（已售、已退供应商、已报损只能经销售、入库或退货变动）',
    en: 'Goods cannot move from “{from}” to “{to}” (sold, returned and written-off goods move only by sales, receipts and returns)',
  },
  STOCK_MOVE_SAME_PLACE: {
    'zh-CN': '移出和移入是同一库位',
    en: 'The goods would move to the place they are at',
  },
  STOCK_MOVE_NEEDS_NOTE: {
    'zh-CN': '报损或退供应商请填写原因',
    en: 'Give a reason for writing goods off or returning them to the supplier',
  },
  OUT_OF_STOCK: {
    'zh-CN': '“{name}”库存不足（现有 {onHand}）',
    en: 'Not enough “{name}” in stock ({onHand} on hand)',
  },
  DISCOUNT_EXCEEDS_PRICE: { 'zh-CN': '优惠金额超过了商品金额', en: 'The discount is more than the price' },
  TRADE_IN_EXCEEDS_GOODS: {
    'zh-CN': '旧料抵扣 {tradeIn} 超过换购商品金额 {goods}：请先换货，旧料另行以旧换新或回收',
    en: 'The trade-in ({tradeIn}) is worth more than the new goods ({goods}): exchange first, and trade the old gold in or sell it back on its own',
  },
  TRADE_IN_SELLER_REQUIRED: {
    'zh-CN': '旧料抵扣 {tradeIn} 超过商品金额 {goods}，需付给顾客 {payout}：请登记出售人姓名和证件号码',
    en: 'The trade-in ({tradeIn}) is worth more than the goods ({goods}): to pay the customer {payout}, record the seller’s name and ID number',
  },
  SALE_TOTAL_NOT_POSITIVE: {
    'zh-CN': '应收金额必须大于零（旧料抵扣或优惠过多）',
    en: 'The total must be more than zero (too much trade-in or discount)',
  },
  TENDERS_SHORT: { 'zh-CN': '还差 {short} 未付', en: '{short} is still to be paid' },
  TENDERS_EXCEED_TOTAL: {
    'zh-CN': '只有现金可以多付找零，其他支付方式合计不能超过应收金额',
    en: 'Only cash may exceed what is due; other tenders must not add up to more than the total',
  },
  POINTS_INSUFFICIENT: {
    'zh-CN': '积分不足：可用 {available} 分',
    en: 'Not enough points: {available} available',
  },
  STORE_CREDIT_INSUFFICIENT: {
    'zh-CN': '储值余额不足：可用 {available}',
    en: 'Not enough store credit: {available} available',
  },
  SALE_ID_REUSED: {
    'zh-CN': '该交易编号已用于另一笔不同的销售',
    en: 'This sale id was already used for a different sale',
  },
  SALE_NOT_FOUND: { 'zh-CN': '找不到小票 {receiptNo}', en: 'No receipt {receiptNo}' },
  SALE_ALREADY_VOIDED: { 'zh-CN': '小票 {receiptNo} 已作废', en: 'Receipt {receiptNo} is already void' },
  SALE_VOID_DAY_CLOSED: {
    'zh-CN': '只能作废当日（{today}）的销售，该单属于 {businessDay}，请走退货流程',
    en: 'Only sales of today ({today}) can be voided; this one is from {businessDay}: take it as a return',
  },
  VOID_POINTS_SPENT: {
    'zh-CN': '本单赠送的积分已被使用，不能作废',
    en: 'The points this sale earned have been spent; it cannot be voided',
  },
  SALE_WEIGHT_REASON_REQUIRED: {
    'zh-CN': '第 {line} 行“{name}”的克重为手工输入，请填写原因（或改用电子秤称重）',
    en: 'Line {line} ({name}) has a typed weight: give the reason, or take it from the scale',
  },
  HELD_CART_NOT_FOUND: { 'zh-CN': '找不到该挂单', en: 'No such held cart' },
  SHIFT_NOT_OPEN: {
    'zh-CN': '本机尚未开班，请先开班（清点备用金）后再收款',
    en: 'No shift is open at this till: open one (count the float) before taking money',
  },
  SHIFT_ALREADY_OPEN: {
    'zh-CN': '本机已有未结班的班次（{openedBy} 于 {openedAt} 开班）',
    en: 'A shift is already open at this till (opened by {openedBy} at {openedAt})',
  },
  SHIFT_NOT_FOUND: { 'zh-CN': '找不到该班次（编号 {shiftId}）', en: 'No such shift (number {shiftId})' },
  SHIFT_NOT_COUNTED: {
    'zh-CN': '请先清点现金并录入银行卡、微信、支付宝结算金额，再结班',
    en: 'Count the cash and enter the card, WeChat Pay and Alipay settlement totals before closing',
  },
  SHIFT_COUNT_STALE: {
    'zh-CN': '清点之后本班又有收付款，请重新清点',
    en: 'Money has moved since the count: count again',
  },
  SHIFT_OVER_SHORT_REASON_REQUIRED: {
    'zh-CN': '长短款 {overShort} 超过 {threshold}，请填写原因并请主管授权',
    en: 'The over/short of {overShort} is beyond {threshold}: give a reason and ask a manager to approve',
  },
  SHIFT_LEFT_IN_EXCEEDS_CASH: {
    'zh-CN': '留存备用金 {leftIn} 不能多于清点的现金 {counted}',
    en: 'The amount left in the drawer ({leftIn}) cannot exceed the cash counted ({counted})',
  },
  SHIFT_FEN_COINS_OFF: {
    'zh-CN': '本店不收分币，清点中不能有 {denomination} 的硬币',
    en: 'This store keeps no fen coins; the count cannot include {denomination} coins',
  },
  SHIFT_SAFE_DROP_EXCEEDS_CASH: {
    'zh-CN': '存入保险柜的金额 {safeDrop} 不能多于清点的现金 {counted}',
    en: 'The safe drop ({safeDrop}) cannot exceed the cash counted ({counted})',
  },
  SHIFT_REASON_UNKNOWN: {
    'zh-CN': '“{reason}”不在设置的事由列表中',
    en: '“{reason}” is not one of the reasons set up',
  },
  SHIFT_BLIND_COUNT_FIRST: {
    'zh-CN': '结班盲点：请先清点并录入结班金额，之后才能查看应有金额',
    en: 'Blind close: record the close count before any expected figure is shown',
  },
  HANDOVER_TO_SELF: { 'zh-CN': '不能交接给自己', en: 'A shift cannot be handed over to its own holder' },
  Z_REPORT_NOT_FOUND: { 'zh-CN': '找不到 Z 报表 {zNo}', en: 'No Z report {zNo}' },
  BUSINESS_DAY_SHIFTS_OPEN: {
    'zh-CN': '{businessDay} 还有 {count} 个班次未结班，请先结班',
    en: '{count} shift(s) of {businessDay} are still open: close them first',
  },
  CLOSURE_SHIFT_OPEN: {
    'zh-CN': '{businessDay} 的班次尚未结班，请先结班再做月结',
    en: 'A shift of {businessDay} is still open: close it before its month is closed',
  },
  BUSINESS_DAY_CLOSED: {
    'zh-CN': '营业日 {businessDay} 已日结',
    en: 'The business day {businessDay} is closed',
  },
  SHIFT_LOCKED: {
    'zh-CN': '{reference} 所在的班次已结班锁定，不能再作废或修改，更正请在新班次中另行登记',
    en: 'The shift of {reference} is closed and locked: record a correction in a new shift',
  },
  REPAIR_NOT_FOUND: { 'zh-CN': '找不到维修单 {ticketNo}', en: 'No repair ticket {ticketNo}' },
  REPAIR_ILLEGAL_STEP: {
    'zh-CN': '维修单 {ticketNo} 当前为“{from}”，不能转为“{to}”',
    en: 'Repair ticket {ticketNo} is “{from}” and cannot become “{to}”',
  },
  REPAIR_CLOSED: {
    'zh-CN': '维修单 {ticketNo} 已结束（{status}），不能再修改',
    en: 'Repair ticket {ticketNo} is closed ({status}) and cannot change',
  },
  REPAIR_SERVICE_UNKNOWN: { 'zh-CN': '未知的维修项目：{code}', en: 'Unknown repair service: {code}' },
  REPAIR_PHOTO_REQUIRED: { 'zh-CN': '请为送修物品拍照或上传照片', en: 'Take or attach a photo of the item' },
  REPAIR_PHOTO_NOT_FOUND: { 'zh-CN': '找不到该照片', en: 'No such photo' },
  REPAIR_PROMISED_IN_PAST: {
    'zh-CN': '约定取件日期不能早于今天（{today}）',
    en: 'The promised date cannot be before today ({today})',
  },
  REPAIR_NOT_QUOTED: {
    'zh-CN': '维修单 {ticketNo} 尚未报价，请先报价',
    en: 'Repair ticket {ticketNo} has no quote yet; quote it first',
  },
  REPAIR_DEPOSIT_EXCEEDS_QUOTE: {
    'zh-CN': '订金 {deposit} 超过了报价 {quote}',
    en: 'The deposit {deposit} is more than the quote {quote}',
  },
  REPAIR_WARRANTY_LINE_NOT_FOUND: {
    'zh-CN': '小票 {receiptNo} 上没有第 {lineNo} 项商品',
    en: 'Receipt {receiptNo} has no line {lineNo}',
  },
  REPAIR_WARRANTY_OTHER_CUSTOMER: {
    'zh-CN': '小票 {receiptNo} 属于另一位顾客',
    en: 'Receipt {receiptNo} belongs to another customer',
  },
  REPAIR_WEIGHT_OUT_NOTE_REQUIRED: {
    'zh-CN': '取件重量与质检重量相差 {diff}，超出允许范围，请填写说明并请主管确认',
    en: 'The weight out differs from the QC weight by {diff}, beyond tolerance: add a note and ask a manager',
  },
  REPAIR_QC_NOTE_REQUIRED: {
    'zh-CN': '重量差 {diff} 超出允许范围或石数有变化，请填写说明',
    en: 'The weight differs by {diff}, beyond tolerance, or the stone count changed: add a note',
  },
  REPAIR_NO_PAYMENT_DUE: { 'zh-CN': '本单无需收款', en: 'Nothing is due on this ticket' },
  RETURN_LINE_NOT_FOUND: {
    'zh-CN': '小票 {receiptNo} 上没有可退的第 {lineNo} 项商品',
    en: 'Receipt {receiptNo} has no returnable line {lineNo}',
  },
  RETURN_LINE_REPEATED: {
    'zh-CN': '第 {lineNo} 项商品重复出现，请合并数量',
    en: 'Line {lineNo} is listed twice; give its quantity once',
  },
  RETURN_NOT_RETURNABLE: {
    'zh-CN': '{name} 属于不退不换的商品类别',
    en: '{name} is in a category that is not returnable',
  },
  RETURN_QUANTITY_EXCEEDS: {
    'zh-CN': '{name} 最多还能退 {returnable} 件',
    en: 'At most {returnable} of {name} can still be returned',
  },
  RETURN_WEIGHT_REQUIRED: {
    'zh-CN': '请称量退回的 {name}',
    en: 'Weigh the returned {name}',
  },
  RETURN_NO_BUY_BACK_RATE: {
    'zh-CN': '今日尚未设置 {purity} 的回收价，无法回收',
    en: 'No buy-back rate for {purity} is set today; it cannot be bought back',
  },
  RETURN_APPROVAL_REASON_REQUIRED: {
    'zh-CN': '此退货须主管批准，请填写批准理由',
    en: 'This return needs a manager’s approval: give the reason',
  },
  RETURN_REFERENCE_REQUIRED: {
    'zh-CN': '请填写{method}退款的交易单号',
    en: 'Enter the reference of the {method} refund',
  },
  RETURN_POINTS_DEBT: {
    'zh-CN': '会员积分已用，退货后将欠 {debt} 分，请确认',
    en: 'The member has spent the points: this return leaves {debt} points owed; confirm it',
  },
  EXCHANGE_CUSTOMER_MISMATCH: {
    'zh-CN': '换货的新商品须记在原小票的会员名下',
    en: 'The new goods of an exchange go to the member of the original receipt',
  },
  SALE_VOID_RETURNED: {
    'zh-CN': '小票 {receiptNo} 已办理退换货，不能作废，请走退货流程',
    en: 'Receipt {receiptNo} has returns or exchanges against it: it cannot be voided; take a return instead',
  },
  RETURN_ID_REUSED: {
    'zh-CN': '该退货编号已用于退货单 {returnNo}',
    en: 'This return id was already used for return {returnNo}',
  },
  BACKUP_NOT_CONFIGURED: {
    'zh-CN': '尚未设置备份文件夹',
    en: 'No backup folder has been set',
  },
  BACKUP_FOLDER_MISSING: {
    'zh-CN': '备份文件夹 {folder} 不存在（U 盘或网络共享是否已连接？）',
    en: 'The backup folder {folder} is not there (is the USB drive or network share connected?)',
  },
  BACKUP_FOLDER_NOT_WRITABLE: {
    'zh-CN': '无法写入备份文件夹 {folder}（{reason}）',
    en: 'Cannot write to the backup folder {folder} ({reason})',
  },
  BACKUP_WRITE_FAILED: {
    'zh-CN': '备份未能写完：{reason}',
    en: 'The backup could not be written: {reason}',
  },
  BACKUP_VERIFY_FAILED: {
    'zh-CN': '备份校验未通过：{reason}',
    en: 'The backup failed its check: {reason}',
  },
  BACKUP_NOT_FOUND: {
    'zh-CN': '备份文件夹中没有 {file}',
    en: 'The backup folder holds no {file}',
  },
  BACKUP_TOO_NEW: {
    'zh-CN': '该备份由更新版本的收银系统写入（数据版本 {version}，本机支持到 {supported}），不能恢复',
    en: 'This backup was written by a newer Counter POS (data version {version}; this one reads up to {supported}): it cannot be restored',
  },
  BACKUP_CORRUPT: {
    'zh-CN': '该备份文件已损坏，不能恢复：{reason}',
    en: 'This backup file is damaged and cannot be restored: {reason}',
  },
  BACKUP_JOURNAL_BROKEN: {
    'zh-CN': '该备份的日志链校验失败（第 {seq} 条：{reason}），不能恢复',
    en: 'The journal in this backup does not verify (row {seq}: {reason}); it cannot be restored',
  },
  BACKUP_OTHER_TERMINAL: {
    'zh-CN': '该备份属于终端 {backupTerminal}，本机是 {terminal}，不能在此恢复',
    en: 'This backup belongs to terminal {backupTerminal}, this one is {terminal}: it cannot be restored here',
  },
  BACKUP_RUNNING: {
    'zh-CN': '正在备份，请稍后再恢复',
    en: 'A backup is running; restore once it has finished',
  },
  TALLY_NOT_FOUND: { 'zh-CN': '找不到该点货记录（编号 {tallyId}）', en: 'No such count (number {tallyId})' },
  TALLY_NOT_A_COUNTER: {
    'zh-CN': '“{name}”不是柜台，点货按柜台进行',
    en: '“{name}” is not a counter; counts are made counter by counter',
  },
  TALLY_IN_PROGRESS: {
    'zh-CN': '{counter} 正在进行另一次点货（{startedBy} 开始），请先完成或取消',
    en: 'Another count of {counter} is running (started by {startedBy}); finish or cancel it first',
  },
  TALLY_ENDED: { 'zh-CN': '该点货已结束，不能再修改', en: 'This count has ended and cannot change' },
  TALLY_NOT_WEIGHED: {
    'zh-CN': '还有成色未称重：{purities}',
    en: 'Some purities have not been weighed: {purities}',
  },
  TALLY_SECOND_PERSON_REQUIRED: {
    'zh-CN': '交接点货需要另一位员工输入 PIN 确认',
    en: 'A handover count is confirmed by the other person’s PIN too',
  },
  TALLY_SECOND_PERSON_SELF: {
    'zh-CN': '交接点货的另一位员工不能是自己',
    en: 'The other person at a handover count cannot be yourself',
  },
  STOCKTAKE_ALREADY_OPEN: {
    'zh-CN': '已有进行中的盘点（第 {stocktakeId} 号），请先过账或取消',
    en: 'Stocktake {stocktakeId} is still open; post or cancel it first',
  },
  STOCKTAKE_NOT_FOUND: { 'zh-CN': '找不到第 {stocktakeId} 号盘点', en: 'No stocktake {stocktakeId}' },
  STOCKTAKE_CLOSED: {
    'zh-CN': '第 {stocktakeId} 号盘点已过账或取消，不能再修改',
    en: 'Stocktake {stocktakeId} is posted or cancelled and can no longer change',
  },
  STOCKTAKE_PLACE_NOT_COUNTED: {
    'zh-CN': '“{place}”不是店内存放位置，不能在此盘点',
    en: '“{place}” is not a place in the store; nothing is counted there',
  },
  STOCKTAKE_NOT_COUNTED_GOODS: {
    'zh-CN': '“{name}”是一物一码的单件，请扫码盘点',
    en: '“{name}” is a tagged piece: scan it',
  },
  STOCKTAKE_OUT_OF_SCOPE: {
    'zh-CN': '“{name}”不属于本次盘点的类别（{category}）',
    en: '“{name}” is not in this stocktake’s category ({category})',
  },
  STOCKTAKE_CATEGORY_UNKNOWN: {
    'zh-CN': '没有“{category}”这个类别',
    en: 'There is no category “{category}”',
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
