<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>About Duty Desk</source>
        <translation>关于值班台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duty Desk {version}&lt;/h3&gt;&lt;p&gt;The duty room&apos;s desktop application: roster, duty log and handover, incidents, escalations and instructions, visitors and the contacts directory. It keeps working without the network.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;值班台 {version}&lt;/h3&gt;&lt;p&gt;总值班室桌面应用：值班表、值班日志与交接班、突发事件、呈报与批示、来访接待和通讯录。断网时照常工作。&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>快捷键说明</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to a panel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous panel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search in the current panel (Esc in the box clears it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the panel&apos;s primary action (e.g. add a person)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save a form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cancel a form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sync with the server now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;log out and switch user (Esc at the login quits)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;切换到对应面板&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个面板&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在当前面板中搜索（在搜索框中按 Esc 清空）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;面板的主要操作（如添加人员）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存表单&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;取消表单&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;立即与服务器同步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;设置&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;注销并切换用户（在登录框按 Esc 退出程序）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>In {panel}</source>
        <translation>本面板（{panel}）</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attach file…  {key}</source>
        <translation>添加附件…  {key}</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>另存附件副本</translation>
    </message>
    <message>
        <source>No attachments. Add a photo or a scanned fax with Ctrl+Shift+A.</source>
        <translation>暂无附件。按 Ctrl+Shift+A 添加照片或传真扫描件。</translation>
    </message>
    <message>
        <source>{name} ({size}) — {by}, {at}</source>
        <translation>{name}（{size}）— {by}，{at}</translation>
    </message>
    <message>
        <source> — still arriving</source>
        <translation> — 尚未同步完整</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No program could open it. A copy was saved as {file}.</source>
        <translation>没有程序能打开此文件。已另存副本：{file}。</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Attempt: {number}, step {n}</source>
        <translation>联系登记：{number} 第 {n} 步</translation>
    </message>
    <message>
        <source>Calling {whom} ({step})</source>
        <translation>正在联系 {whom}（{step}）</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>方式(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>呈报</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>AttentionWatcher</name>
    <message>
        <source>✖ overdue {time}</source>
        <translation>✖ 已超时 {time}</translation>
    </message>
    <message>
        <source>▲ due in {time}</source>
        <translation>▲ 剩余 {time}</translation>
    </message>
    <message>
        <source>Deadline overdue</source>
        <translation>时限已超时</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Filter by user, action or record…</source>
        <translation>按用户、操作或记录筛选…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>正在校验日志链…</translation>
    </message>
    <message>
        <source>✔ The audit trail is intact: no entry was changed or removed.</source>
        <translation>✔ 审计日志完整：没有任何记录被修改或删除。</translation>
    </message>
    <message>
        <source>✖ The audit trail was tampered with: {problem}</source>
        <translation>✖ 审计日志已被篡改：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>（另有 %n 处）</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to continue.</source>
        <translation>您的密码已过期。请设置新密码后继续。</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own to continue.</source>
        <translation>您的密码由管理员设置。请设置您自己的密码后继续。</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>ChaseDialog</name>
    <message>
        <source>Chase the department</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>方式(&amp;B)</translation>
    </message>
    <message>
        <source>W&amp;hom *</source>
        <translation>催办对象(&amp;H) *</translation>
    </message>
    <message>
        <source>&amp;When *</source>
        <translation>时间(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ComingPanel</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>同步冲突与被拒绝的修改</translation>
    </message>
    <message>
        <source>Two workstations changed the same field before either saw the other&apos;s change. The value shown in the app is the provisional winner; both are kept here until a shift leader or administrator decides.</source>
        <translation>两个工作站在看到对方修改之前修改了同一字段。应用中显示的是暂定采用的值；两个值都保留在这里，由带班领导或管理员决定。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation>当前采用的值</translation>
    </message>
    <message>
        <source>By, when, where</source>
        <translation>修改人、时间、工作站</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>No conflicts: no two workstations have changed the same field.</source>
        <translation>没有冲突：没有两个工作站修改过同一字段。</translation>
    </message>
    <message>
        <source>Keep the value in use</source>
        <translation>保留当前值</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>采用另一个值</translation>
    </message>
    <message>
        <source>Enter a new value…</source>
        <translation>输入新值…</translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator can resolve conflicts.</source>
        <translation>只有带班领导或管理员可以处理冲突。</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>拒绝时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>服务器给出的原因</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>被拒绝的修改</translation>
    </message>
    <message>
        <source>No refused changes: the server has taken every change from this workstation.</source>
        <translation>没有被拒绝的更改：服务器已接受本工作站的全部更改。</translation>
    </message>
    <message>
        <source>Set aside at</source>
        <translation>搁置时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>收到的原始内容</translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation>已搁置的记录</translation>
    </message>
    <message>
        <source>Rows from the server this workstation could not read or store. Sync went on past them; a later good version of the same record replaces each one. Upgrading Duty Desk may make them readable.</source>
        <translation>本工作站无法读取或保存的服务器记录。同步已跳过它们继续进行；同一记录之后的正确版本会替换它们。升级值班台后可能可以读取。</translation>
    </message>
    <message>
        <source>No rows set aside: every row from the server could be read and stored.</source>
        <translation>没有搁置的记录：服务器的每条记录均已读取并保存。</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation>无法处理</translation>
    </message>
    <message>
        <source>Only an administrator can resolve conflicts about accounts or the office&apos;s rules.</source>
        <translation>只有管理员可以处理涉及账户或值班室规则的冲突。</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>New value for {field}:</source>
        <translation>{field} 的新值：</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage {first} – {last}</source>
        <translation>值班覆盖情况 {first} – {last}</translation>
    </message>
    <message>
        <source>Working out the coverage…</source>
        <translation>正在计算值班覆盖情况…</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>班次模式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少人数</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>空档</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>值班次数</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>夜班次数</translation>
    </message>
    <message>
        <source>Weekends and holidays</source>
        <translation>周末和节假日</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>值班均衡</translation>
    </message>
    <message>
        <source>No hour is uncovered in this period.</source>
        <translation>此期间没有无人值守的时段。</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) with a required position uncovered.</source>
        <translation>
            <numerusform>有 %n 个时段缺少必需岗位人员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineRulesDialog</name>
    <message>
        <source>Reporting deadlines</source>
        <translation>报送时限</translation>
    </message>
    <message>
        <source>Minutes are counted from when the duty room received the report. Changes apply to every incident&apos;s clocks on every workstation as soon as they are saved (and synced).</source>
        <translation>时限从值班室收到报告时起算。保存（并同步）后，修改即对所有工作站上每个事件的计时生效。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Telephone report within</source>
        <translation>电话报告时限</translation>
    </message>
    <message>
        <source>Written report within</source>
        <translation>书面报告时限</translation>
    </message>
    <message>
        <source>Follow-up reports</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>{level}: telephone report within</source>
        <translation>{level}：电话报告时限</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>{level}: written report within</source>
        <translation>{level}：书面报告时限</translation>
    </message>
    <message>
        <source>every day, before the times below</source>
        <translation>每日，在下列时间前</translation>
    </message>
    <message>
        <source>when there are new facts</source>
        <translation>有新情况时</translation>
    </message>
    <message>
        <source>{level}: follow-up reports</source>
        <translation>{level}：续报</translation>
    </message>
    <message>
        <source>Daily follow-ups due before (Beijing time)</source>
        <translation>每日续报截止时间（北京时间）</translation>
    </message>
    <message>
        <source>A clock turns amber this long before it is due</source>
        <translation>到期前多久显示黄色提醒</translation>
    </message>
    <message>
        <source>An unassessed incident&apos;s clocks run as for</source>
        <translation>未定级事件的时限按此级别计算</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>This version cannot read the office&apos;s rule file, so the default rules apply on this workstation until it is corrected (saving this form replaces it):</source>
        <translation>本版本无法读取值班室的规则文件，在其更正之前本工作站按默认规则执行（保存本表单将替换该文件）：</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Return the task</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Close the task</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>&amp;What more is needed *</source>
        <translation>退回原因（需补充的内容）(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>备注(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>Creating the demo accounts…</source>
        <translation>正在创建演示账户…</translation>
    </message>
    <message>
        <source>Filling the contacts directory…</source>
        <translation>正在填写通讯录…</translation>
    </message>
    <message>
        <source>Registering demo incidents…</source>
        <translation>正在登记演示事件…</translation>
    </message>
    <message>
        <source>Drawing up the duty roster…</source>
        <translation>正在编排值班表…</translation>
    </message>
    <message>
        <source>Recording leaders&apos; instructions and their tasks…</source>
        <translation>正在登记领导批示及督办事项…</translation>
    </message>
    <message>
        <source>Escalating demo incidents to the leaders…</source>
        <translation>正在向领导呈报演示事件…</translation>
    </message>
    <message>
        <source>Keeping the leaders&apos; whereabouts and written reports…</source>
        <translation>正在登记领导去向与呈报单…</translation>
    </message>
    <message>
        <source>Preparing the demo data…</source>
        <translation>正在准备演示数据…</translation>
    </message>
    <message>
        <source>Duty Desk demo</source>
        <translation>值班台演示</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>Directory</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Name, pinyin initials, title, organisation or phone…</source>
        <translation>姓名、拼音首字母、职务、单位或电话…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>People in the directory</source>
        <translation>通讯录人员</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Organisations…</source>
        <translation>单位管理…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>No one matches “{text}”. Try pinyin initials (e.g. zw), part of a phone number, or an organisation.</source>
        <translation>没有与“{text}”匹配的人员。可尝试输入拼音首字母（如 zw）、部分电话号码或单位名称。</translation>
    </message>
    <message>
        <source>The directory is empty. Add a person with Ctrl+N or import a CSV file with Ctrl+I.</source>
        <translation>通讯录为空。按 Ctrl+N 添加人员，或按 Ctrl+I 导入 CSV 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>请选择人员以查看详细信息。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation>（领导）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation>保密电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>{count} rows need correcting; nothing was imported.

{lines}</source>
        <translation>有 {count} 行需要更正，未导入任何数据。

{lines}</translation>
    </message>
    <message>
        <source>Import {new} new and {updated} changed records ({same} unchanged)?</source>
        <translation>将新增 {new} 条记录、更新 {updated} 条记录（{same} 条无变化）。是否导入？</translation>
    </message>
    <message>
        <source>Imported {new} new and {updated} changed records.</source>
        <translation>已新增 {new} 条记录，更新 {updated} 条记录。</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Export directory</source>
        <translation>导出通讯录</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {file}.</source>
        <translation>已导出 {rows} 行至 {file}。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>DutyChangeDialog</name>
    <message>
        <source>{position} {name}, {start} – {end}</source>
        <translation>{position} {name}，{start} – {end}</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>所做的修改尚未保存。确定要放弃吗？</translation>
    </message>
</context>
<context>
    <name>EscalationPoliciesDialog</name>
    <message>
        <source>Escalation steps</source>
        <translation>呈报流程</translation>
    </message>
    <message>
        <source>For each severity (and, if wanted, category): the steps in order, each informing a position on duty (leader, secretary_general), a person or an organisation from the directory by name, or the municipal leader in charge of the category (in_charge), within so many minutes of the step before. Saved for every workstation.</source>
        <translation>按事件级别（可再按类别）依次列出呈报步骤：每一步呈报一个在班岗位（leader 带班领导、secretary_general 值班秘书长）、通讯录中的某人或某单位（按名称），或该类别的分管市领导（in_charge），并写明在上一步完成后多少分钟内完成。保存后对所有工作站生效。</translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation>呈报流程</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Inform</source>
        <translation>呈报对象</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Escalations in progress</source>
        <translation>进行中的呈报</translation>
    </message>
    <message>
        <source>Record &amp;attempt… (Enter)</source>
        <translation>登记联系(&amp;A)…（Enter）</translation>
    </message>
    <message>
        <source>&amp;Go on to the next step (Ctrl+G)</source>
        <translation>直接进入下一步(&amp;G)（Ctrl+G）</translation>
    </message>
    <message>
        <source>&amp;Not needed… (Ctrl+D)</source>
        <translation>无需进行(&amp;N)…（Ctrl+D）</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>逐级呈报</translation>
    </message>
    <message>
        <source>{n} of {total}: {step} (call again)</source>
        <translation>第 {n}/{total} 步：{step}（再次呼叫）</translation>
    </message>
    <message>
        <source>{n} of {total}: {step}</source>
        <translation>第 {n}/{total} 步：{step}</translation>
    </message>
    <message>
        <source>nobody to inform</source>
        <translation>无呈报对象</translation>
    </message>
    <message>
        <source>Nothing in progress matches the search.</source>
        <translation>没有与搜索相符的进行中呈报。</translation>
    </message>
    <message>
        <source>No escalation in progress. Escalate an incident from Incidents with Ctrl+Shift+E; the levels the office chose (I and II by default) start on registration.</source>
        <translation>暂无进行中的呈报。可在“突发事件”中按 Ctrl+Shift+E 对事件逐级呈报；值班室选定的级别（默认Ⅰ级、Ⅱ级）在登记时自动开始。</translation>
    </message>
    <message>
        <source>Due {at}</source>
        <translation>应于 {at} 前</translation>
    </message>
    <message>
        <source>office</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>secure line</source>
        <translation>保密电话</translation>
    </message>
    <message>
        <source>duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Acting for: {line}</source>
        <translation>被代岗人：{line}</translation>
    </message>
    <message>
        <source>Step not needed</source>
        <translation>步骤无需进行</translation>
    </message>
    <message>
        <source>Why is step {n} ({step}) not needed?</source>
        <translation>第 {n} 步（{step}）为何无需进行？</translation>
    </message>
</context>
<context>
    <name>EscalationsPanel</name>
    <message>
        <source>Escalations &amp; instructions</source>
        <translation>呈报与批示</translation>
    </message>
    <message>
        <source>Search instructions, leaders, departments…</source>
        <translation>搜索批示内容、领导、部门…</translation>
    </message>
    <message>
        <source>✖ feedback overdue {time}</source>
        <translation>✖ 反馈已超时 {time}</translation>
    </message>
    <message>
        <source>▲ feedback due in {time}</source>
        <translation>▲ 反馈 {time}后到期</translation>
    </message>
    <message>
        <source>✖ call again: overdue {time}</source>
        <translation>✖ 应再次联系：已超时 {time}</translation>
    </message>
    <message>
        <source>▲ call again in {time}</source>
        <translation>▲ {time}后再次联系</translation>
    </message>
    <message>
        <source>✖ escalation step overdue {time}</source>
        <translation>✖ 呈报步骤已超时 {time}</translation>
    </message>
    <message>
        <source>▲ escalation step due in {time}</source>
        <translation>▲ 呈报步骤 {time}后到期</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Duty Desk — Create the first administrator</source>
        <translation>值班台 — 创建首个管理员账号</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. Create the administrator who will add the duty officers.</source>
        <translation>本工作站尚无任何账号。请先创建管理员账号，再由管理员添加值班员。</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>用户名(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Full name *</source>
        <translation>姓名(&amp;F) *</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>密码(&amp;P) *</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat password *</source>
        <translation>确认密码(&amp;R) *</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Correct {report}</source>
        <translation>更正{report}</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>信息来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Received *</source>
        <translation>接报时间(&amp;R) *</translation>
    </message>
    <message>
        <source>Re&amp;ported by</source>
        <translation>报告人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;What is new *</source>
        <translation>新情况(&amp;W) *</translation>
    </message>
    <message>
        <source>Final report (终报)</source>
        <translation>本次为终报</translation>
    </message>
    <message>
        <source>&amp;Final</source>
        <translation>终报(&amp;F)</translation>
    </message>
</context>
<context>
    <name>IncidentEditDialog</name>
    <message>
        <source>Correct {number}</source>
        <translation>更正 {number}</translation>
    </message>
    <message>
        <source>Reason for the &amp;correction *</source>
        <translation>更正原因(&amp;C) *</translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>I and II</source>
        <translation>Ⅰ级和Ⅱ级</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>全部区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接报日期自</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>接报日期至</translation>
    </message>
    <message>
        <source>Show drills</source>
        <translation>显示演练</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>筛选条件问题</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>✔ {what} made</source>
        <translation>✔ {what}已报送</translation>
    </message>
    <message>
        <source>✖ {what} overdue {time}</source>
        <translation>✖ {what}已超时 {time}</translation>
    </message>
    <message>
        <source>{mark} {what} due in {time}</source>
        <translation>{mark} {what}剩余 {time}</translation>
    </message>
    <message>
        <source>{clock} at {made} (deadline {due})</source>
        <translation>{clock}，报送时间 {made}（时限 {due}）</translation>
    </message>
    <message>
        <source>{clock} (deadline {due})</source>
        <translation>{clock}（时限 {due}）</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>最近报送时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>事件概况</translation>
    </message>
    <message>
        <source>Duplicate of {number}</source>
        <translation>重复报告，见 {number}</translation>
    </message>
    <message>
        <source>[DRILL] </source>
        <translation>【演练】</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Register incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>Search summary, place, caller, follow-ups (any Chinese from 1 character)…</source>
        <translation>搜索事件概况、地点、报告人、续报（中文可只输一个字）…</translation>
    </message>
    <message>
        <source>Export CSV…  {key}</source>
        <translation>导出 CSV…  {key}</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>将列表导出为 CSV</translation>
    </message>
    <message>
        <source>No incidents registered. When a report comes in, press Ctrl+N and take it down as the caller speaks.</source>
        <translation>尚未登记任何事件。接报时请按 Ctrl+N，边听报告边登记。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处置时间线</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>续报…</translation>
    </message>
    <message>
        <source>Report made…</source>
        <translation>报告上级…</translation>
    </message>
    <message>
        <source>Severity…</source>
        <translation>事件级别…</translation>
    </message>
    <message>
        <source>Close / reopen…</source>
        <translation>办结 / 重新办理…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct follow-up…</source>
        <translation>更正续报…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>逐级呈报</translation>
    </message>
    <message>
        <source>Write to leaders…</source>
        <translation>向领导呈报…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try fewer or shorter words.</source>
        <translation>没有找到“{text}”。请减少或缩短关键词。</translation>
    </message>
    <message>
        <source>No incident matches these filters. Change them, or show everything with Clear filters.</source>
        <translation>没有符合筛选条件的事件。请修改条件，或点击“清除筛选”显示全部。</translation>
    </message>
    <message>
        <source>Select an incident to see its clocks and timeline.</source>
        <translation>请选择一个事件，查看其报送时限和处置时间线。</translation>
    </message>
    <message>
        <source>[DRILL] </source>
        <translation>【演练】</translation>
    </message>
    <message>
        <source>A further report of {number}: its reporting deadlines are that incident&apos;s.</source>
        <translation>{number} 的重复报告：报送时限按该事件计算。</translation>
    </message>
    <message>
        <source>No reporting deadlines for this incident.</source>
        <translation>该事件没有报送时限。</translation>
    </message>
    <message>
        <source> ({source}, from {reporter})</source>
        <translation>（{source}，报告人：{reporter}）</translation>
    </message>
    <message>
        <source> ({source})</source>
        <translation>（{source}）</translation>
    </message>
    <message>
        <source>Select the follow-up report to correct in the timeline first.</source>
        <translation>请先在时间线中选中要更正的续报。</translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation>办结理由：</translation>
    </message>
    <message>
        <source>Reason for reopening:</source>
        <translation>重新办理理由：</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>办结事件</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>重新办理事件</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>无法生成报告</translation>
    </message>
    <message>
        <source>Save incident report</source>
        <translation>保存事件报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <source>Print incident report</source>
        <translation>打印突发事件信息报告</translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incidents.</source>
        <translation>
            <numerusform>已导出 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>Correct the instruction</source>
        <translation>更正批示记录</translation>
    </message>
    <message>
        <source>Record an instruction</source>
        <translation>登记领导批示</translation>
    </message>
    <message>
        <source>&amp;Leader *</source>
        <translation>批示领导(&amp;L) *</translation>
    </message>
    <message>
        <source>&amp;Given at *</source>
        <translation>批示时间(&amp;G) *</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>批示方式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Instruction, word for word *</source>
        <translation>批示原文(&amp;I) *</translation>
    </message>
    <message>
        <source>&amp;Matter (document, meeting)</source>
        <translation>事由（文件、会议）(&amp;M)</translation>
    </message>
    <message>
        <source>incident number, e.g. 2026-AB12-0001</source>
        <translation>事件编号，如 2026-AB12-0001</translation>
    </message>
    <message>
        <source>In&amp;cident</source>
        <translation>关联事件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>InstructionTab</name>
    <message>
        <source>&amp;Tasks:</source>
        <translation>督办事项(&amp;T)：</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Of the selected instruction</source>
        <translation>所选批示的</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>显示哪些督办事项</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>批示时间</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>批示领导</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>批示内容</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>领导批示</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Report back by</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Handle by</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Supervision tasks</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No instructions yet. Record one with Ctrl+N.</source>
        <translation>暂无领导批示。按 Ctrl+N 登记。</translation>
    </message>
    <message>
        <source>Record instruction</source>
        <translation>登记批示</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Issue task</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Print implementation report</source>
        <translation>打印落实情况报告</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Chase</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印督办通知单</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Return for more</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Instructions &amp; tasks</source>
        <translation>批示与督办</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation>（已更正）</translation>
    </message>
    <message>
        <source>awaiting tasks</source>
        <translation>待交办</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ overdue {time} · {due}</source>
        <translation>✖ 已逾期 {time} · {due}</translation>
    </message>
    <message>
        <source>▲ due in {time} · {due}</source>
        <translation>▲ {time}后到期 · {due}</translation>
    </message>
    <message>
        <source>Corrects the record of {given}: {text}</source>
        <translation>更正{given}的记录：{text}</translation>
    </message>
    <message>
        <source>{at} chased {whom} by {means}: {outcome} {note}</source>
        <translation>{at} {means}催办{whom}：{outcome} {note}</translation>
    </message>
    <message>
        <source>Print supervision notice</source>
        <translation>打印督办通知单</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Register incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>信息来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Received *</source>
        <translation>接报时间(&amp;R) *</translation>
    </message>
    <message>
        <source>The caller is looked up in the directory</source>
        <translation>将在通讯录中查找报告人</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone</source>
        <translation>报告人电话(&amp;P)</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name</source>
        <translation>报告人姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>报告人姓名</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;title</source>
        <translation>报告人职务(&amp;T)</translation>
    </message>
    <message>
        <source>Caller&apos;s title</source>
        <translation>报告人职务</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;unit</source>
        <translation>报告单位(&amp;U)</translation>
    </message>
    <message>
        <source>Caller&apos;s unit</source>
        <translation>报告单位</translation>
    </message>
    <message>
        <source>&amp;What happened *</source>
        <translation>事件概况(&amp;W) *</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件概况</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>事件类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>所属区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>事发地点(&amp;A)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>事发地点</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>事发时间</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>发展趋势</translation>
    </message>
    <message>
        <source>On-site commander, contact</source>
        <translation>现场指挥及联系方式</translation>
    </message>
    <message>
        <source>Already notified</source>
        <translation>已通报单位</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>事件级别(&amp;S)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>受伤</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <source>trapped</source>
        <translation>被困</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>人员伤亡</translation>
    </message>
    <message>
        <source>&amp;Losses</source>
        <translation>财产损失(&amp;L)</translation>
    </message>
    <message>
        <source>Leaders on site, &amp;measures taken</source>
        <translation>领导到位情况及已采取措施(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>建议/请求(&amp;Q)</translation>
    </message>
    <message>
        <source>This is a drill (演练): printed with a watermark, never counted</source>
        <translation>本事件为演练：打印时加水印，不计入统计</translation>
    </message>
    <message>
        <source>Dr&amp;ill</source>
        <translation>演练(&amp;I)</translation>
    </message>
    <message>
        <source>Possibly registered already. Choose it to add this call to it as a follow-up report (续报) instead of registering a new incident.</source>
        <translation>可能已登记过。选择该事件，将本次来电作为其续报，而不再新登记事件。</translation>
    </message>
    <message>
        <source>No: a new incident</source>
        <translation>否：新事件</translation>
    </message>
    <message>
        <source>Sam&amp;e incident as</source>
        <translation>同一事件(&amp;E)</translation>
    </message>
    <message>
        <source>A separate incident: register it, lin&amp;ked to the one chosen</source>
        <translation>另一起事件：登记为新事件，并关联至所选事件(&amp;K)</translation>
    </message>
    <message>
        <source>Not in the directory.</source>
        <translation>通讯录中未找到该号码。</translation>
    </message>
    <message>
        <source>Several people have this number; type the name.</source>
        <translation>该号码对应多人，请输入姓名。</translation>
    </message>
    <message>
        <source>Recognised: {name}, {title}, {unit}</source>
        <translation>已识别：{unit} {title} {name}</translation>
    </message>
    <message>
        <source>{number} ({time}): {summary}</source>
        <translation>{number}（{time}）：{summary}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Swap request</source>
        <translation>换班申请</translation>
    </message>
    <message>
        <source>Office rule</source>
        <translation>值班室规则</translation>
    </message>
    <message>
        <source>Minimum rest between duties (hours)</source>
        <translation>两班之间最少休息（小时）</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>附件最大（MB）</translation>
    </message>
    <message>
        <source>Reporting deadlines</source>
        <translation>报送时限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation>保密电话</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Person on duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>LeaderReportDialog</name>
    <message>
        <source>Written report {number}</source>
        <translation>呈报单 {number}</translation>
    </message>
    <message>
        <source>Incident {number}; the leaders&apos; whereabouts decide who receives it for an absent leader.</source>
        <translation>事件 {number}；领导不在时按领导去向由代岗领导接收。</translation>
    </message>
    <message>
        <source>{name}  {title} — {where}, {acting} acting</source>
        <translation>{name}  {title} — {where}，{acting}代</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>标题(&amp;T) *</translation>
    </message>
    <message>
        <source>To the l&amp;eaders *</source>
        <translation>呈报领导(&amp;E) *</translation>
    </message>
    <message>
        <source>&amp;Report *</source>
        <translation>报告内容(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Proposed handling</source>
        <translation>拟办意见(&amp;P)</translation>
    </message>
</context>
<context>
    <name>LeaderReportTab</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Record as sent…</source>
        <translation>登记已报送…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>To</source>
        <translation>呈报</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Written reports</source>
        <translation>呈报单</translation>
    </message>
    <message>
        <source>Sent {at} by {name}</source>
        <translation>{at} 由{name}报送</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>{state}; corrects {number}</source>
        <translation>{state}；更正 {number}</translation>
    </message>
    <message>
        <source>No written reports yet. Draft one from an incident: Incidents → Write to leaders…</source>
        <translation>尚无呈报单。请在事件中起草：突发事件 → 向领导呈报…</translation>
    </message>
    <message>
        <source>Print written report {number}</source>
        <translation>打印呈报单 {number}</translation>
    </message>
    <message>
        <source>{number} has already been sent.</source>
        <translation>{number} 已报送。</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>登记已报送</translation>
    </message>
    <message>
        <source>Record {number} as sent to {to} now? It stops the incident&apos;s written-report clock and cannot be edited afterwards.</source>
        <translation>现在登记 {number} 已报送{to}？事件的书面报告时限随之停止，此后不能再修改。</translation>
    </message>
    <message>
        <source>{number} recorded as sent.</source>
        <translation>{number} 已登记报送。</translation>
    </message>
    <message>
        <source>Only a sent report is corrected; edit a draft with Enter.</source>
        <translation>只有已报送的呈报单需要更正；草稿请按回车修改。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave or unavailability</source>
        <translation>请假或无法值班</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Demo database: log in as {user} with password {password}.</source>
        <translation>演示数据库：请使用用户名 {user}、密码 {password} 登录。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Too many failed attempts: this account is locked until {time}.</source>
        <translation>登录失败次数过多，该账号已锁定至 {time}。</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check Caps Lock and try again.</source>
        <translation>用户名或密码错误。请检查大写锁定键（Caps Lock）后重试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the system administrator.</source>
        <translation>该账号已停用。请联系系统管理员。</translation>
    </message>
    <message>
        <source>The password was not changed, so you are not logged in.</source>
        <translation>密码未修改，因此您尚未登录。</translation>
    </message>
    <message>
        <source>Duty Desk — Log in</source>
        <translation>值班台 — 登录</translation>
    </message>
    <message>
        <source>Log in to the duty room</source>
        <translation>值班室登录</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Duty Desk</source>
        <translation>值班台</translation>
    </message>
    <message>
        <source> — DEMO DATA</source>
        <translation> — 演示数据</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待处理事项</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>功能面板</translation>
    </message>
    <message>
        <source>This part of Duty Desk is not built yet. Until it is, keep this record on paper as before; nothing you do elsewhere in the app is affected.</source>
        <translation>值班台的此项功能尚未开发完成。在此之前，请继续按原有方式进行纸质登记；本系统其他功能的使用不受影响。</translation>
    </message>
    <message>
        <source>Duty log &amp; handover</source>
        <translation>值班日志与交接班</translation>
    </message>
    <message>
        <source>Here officers will keep the duty log and hand the watch over to the next shift with a signed handover sheet (交接班记录).</source>
        <translation>值班员将在此填写值班日志，并通过签字确认的交接班记录向下一班交接。</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访接待</translation>
    </message>
    <message>
        <source>Here the reception desk will pre-register official visitors, check them in and out and print their badges.</source>
        <translation>接待员将在此预约登记公务来访人员，办理进出登记并打印访客证。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log out and switch user</source>
        <translation>注销并切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>下一个面板</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>上一个面板</translation>
    </message>
    <message>
        <source>&amp;Find in panel</source>
        <translation>在面板中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes…</source>
        <translation>同步冲突与被拒绝的修改(&amp;C)…</translation>
    </message>
    <message>
        <source>Reporting &amp;deadlines…</source>
        <translation>报送时限(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Escalation steps…</source>
        <translation>呈报流程(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard &amp;help</source>
        <translation>快捷键说明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Duty Desk</source>
        <translation>关于值班台(&amp;A)</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>On duty: …</source>
        <translation>当前值班：…</translation>
    </message>
    <message>
        <source>On duty now and next</source>
        <translation>当前值班及下一班</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation>服务器连接</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) overdue</source>
        <translation>
            <numerusform>%n 项时限已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n 项即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n deadline(s) overdue — {first}</source>
        <translation>
            <numerusform>✖ %n 项时限已超时 — {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>Beijing {time}</source>
        <translation>北京时间 {time}</translation>
    </message>
</context>
<context>
    <name>OrgEditor</name>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>所属区(&amp;D)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>&amp;Switchboard</source>
        <translation>总机(&amp;S)</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>e.g. 010-6519 2233</source>
        <translation>例如 010-6519 2233</translation>
    </message>
    <message>
        <source>D&amp;uty phone</source>
        <translation>值班电话(&amp;U)</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>OrgEditorDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>(municipal level)</source>
        <translation>（市级）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>总机</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>单位管理</translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone…</source>
        <translation>名称、拼音首字母或电话…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>搜索单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区</translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>删除单位</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Needs attention now</source>
        <translation>待处理事项</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>当前值班</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Escalations &amp; instructions</source>
        <translation>呈报与批示</translation>
    </message>
    <message>
        <source>Away today</source>
        <translation>今日不在机关的领导</translation>
    </message>
    <message>
        <source>Checking what needs attention…</source>
        <translation>正在检查待处理事项…</translation>
    </message>
    <message>
        <source>Logged in as {name}, {role}.
Data folder: {folder}
{server}</source>
        <translation>当前登录：{name}，{role}
数据文件夹：{folder}
{server}</translation>
    </message>
    <message>
        <source>Nothing needs attention: nothing is overdue or due within minutes.</source>
        <translation>暂无待处理事项：没有已超时或即将到期的事项。</translation>
    </message>
    <message>
        <source>Nobody is rostered for now or the next two days. Draw up the roster in Duty roster ({key}).</source>
        <translation>当前及未来两天无人排班。请在“值班表”（{key}）中排班。</translation>
    </message>
    <message>
        <source>The directory is empty. Open Directory ({key}) to add people or import a CSV file.</source>
        <translation>通讯录为空。请打开“通讯录”（{key}）添加人员或导入 CSV 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) in progress</source>
        <translation>
            <numerusform>进行中的呈报 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n step(s) overdue</source>
        <translation>
            <numerusform>，%n 个步骤已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s) awaiting tasks</source>
        <translation>
            <numerusform>待交办的批示 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision task(s) open</source>
        <translation>
            <numerusform>未办结的督办事项 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 项已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({title}): {where}, {acting} acting</source>
        <translation>{name}（{title}）：{where}，{acting}代</translation>
    </message>
    <message>
        <source>{name} ({title}): {where}</source>
        <translation>{name}（{title}）：{where}</translation>
    </message>
    <message>
        <source>Every leader on the board is in the office today.</source>
        <translation>今日各位领导均在机关。</translation>
    </message>
    <message>
        <source>Looking up who is on duty…</source>
        <translation>正在查询值班人员…</translation>
    </message>
    <message>
        <source>Server: {url} as workstation {name}; the status bar shows the link.</source>
        <translation>服务器：{url}，工作站 {name}；连接状态见状态栏。</translation>
    </message>
    <message>
        <source>Server: none configured; everything is kept on this workstation.</source>
        <translation>服务器：未配置；所有数据均保存在本工作站。</translation>
    </message>
    <message>
        <source>[DRILL] </source>
        <translation>【演练】</translation>
    </message>
    <message>
        <source>Now: {names}</source>
        <translation>当前：{names}</translation>
    </message>
    <message>
        <source>nobody — a gap!</source>
        <translation>无人值班——出现空档！</translation>
    </message>
    <message>
        <source>From {at}: {names}</source>
        <translation>{at} 起：{names}</translation>
    </message>
    <message>
        <source>Phones: {phones}</source>
        <translation>电话：{phones}</translation>
    </message>
    <message>
        <source>{orgs} organisations, {people} people, of whom {leaders} leaders.</source>
        <translation>共 {orgs} 个单位、{people} 人，其中领导 {leaders} 人。</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>New shift pattern</source>
        <translation>新建班次模式</translation>
    </message>
    <message>
        <source>24-hour duty</source>
        <translation>24 小时值班</translation>
    </message>
    <message>
        <source>Day and night shifts</source>
        <translation>白班与夜班</translation>
    </message>
    <message>
        <source>A leader in charge of each shift (带班领导)</source>
        <translation>每班设带班领导</translation>
    </message>
    <message>
        <source>A duty secretary-general (值班秘书长)</source>
        <translation>设值班秘书长</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Handoff</source>
        <translation>交接班时间(&amp;H)</translation>
    </message>
    <message>
        <source>Duty &amp;officers</source>
        <translation>值班员人数(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PdfPrintPreview</name>
    <message>
        <source>Cannot write {file}; nothing was printed.</source>
        <translation>无法写入 {file}，未打印。</translation>
    </message>
    <message>
        <source>The printer {name} could not be started; nothing was printed.</source>
        <translation>无法启动打印机 {name}，未打印。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation>保密电话</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>办公室(&amp;F)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>e.g. 139 0000 0001</source>
        <translation>例如 139 0000 0001</translation>
    </message>
    <message>
        <source>Office &amp;phone</source>
        <translation>办公电话(&amp;P)</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>e.g. 010-6519 2233</source>
        <translation>例如 010-6519 2233</translation>
    </message>
    <message>
        <source>&amp;Secure line</source>
        <translation>保密电话(&amp;S)</translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation>保密电话</translation>
    </message>
    <message>
        <source>&amp;Leader</source>
        <translation>领导(&amp;L)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Municipal or unit leader (shown first)</source>
        <translation>市领导或单位领导（排在前面）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation>保密电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Remove {name} from the directory?</source>
        <translation>从通讯录中删除 {name}？</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Feedback received</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Task received</source>
        <translation>登记签收</translation>
    </message>
    <message>
        <source>Re&amp;ported by</source>
        <translation>反馈人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Acknowledged by *</source>
        <translation>签收人(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;When *</source>
        <translation>时间(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;What the department reported *</source>
        <translation>反馈内容(&amp;W) *</translation>
    </message>
</context>
<context>
    <name>ReportMadeDialog</name>
    <message>
        <source>Report made</source>
        <translation>报告上级</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告类型(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Made at *</source>
        <translation>报告时间(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;To whom *</source>
        <translation>报告对象(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>报告方式(&amp;H)</translation>
    </message>
</context>
<context>
    <name>RosterLabels</name>
    <message>
        <source>{position} {names}</source>
        <translation>{position} {names}</translation>
    </message>
    <message>
        <source>On duty: nobody rostered</source>
        <translation>当前值班：未排班</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>On duty: {now}</source>
        <translation>当前值班：{now}</translation>
    </message>
    <message>
        <source>On duty: {now} — from {at}: {next}</source>
        <translation>当前值班：{now} — {at} 起：{next}</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Draw up roster…</source>
        <translation>排班…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月视图</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 向前</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>向后 ▶</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>No duties in this period. An administrator draws up the roster with Ctrl+N; pick a pattern, the people and the days.</source>
        <translation>此期间没有排班。管理员可按 Ctrl+N 排班：选择班次模式、人员和日期。</translation>
    </message>
    <message>
        <source>Notes on the period</source>
        <translation>本期说明</translation>
    </message>
    <message>
        <source>On duty now and next</source>
        <translation>当前值班及下一班</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>换人…</translation>
    </message>
    <message>
        <source>Sign in (接班)</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Sign out (交班)</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation>撤下…</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>请假…</translation>
    </message>
    <message>
        <source>Ask to swap…</source>
        <translation>申请换班…</translation>
    </message>
    <message>
        <source>Swap requests…</source>
        <translation>换班申请…</translation>
    </message>
    <message>
        <source>Coverage…</source>
        <translation>覆盖情况…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>China&apos;s holidays for {years} are not announced yet: those days are shown as ordinary working days and weekends.</source>
        <translation>{years} 年的节假日安排尚未公布：这些日子按普通工作日和周末显示。</translation>
    </message>
    <message>
        <source>{signed_in} signed in (接班) · {signed_out} signed out (交班)</source>
        <translation>{signed_in} 已接班 · {signed_out} 已交班</translation>
    </message>
    <message>
        <source>{position}: {names}</source>
        <translation>{position}：{names}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Select a day&apos;s duty in the grid first.</source>
        <translation>请先在表格中选择某天的值班。</translation>
    </message>
    <message>
        <source>Which duty?</source>
        <translation>哪一个值班？</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <source>Replace on duty</source>
        <translation>值班换人</translation>
    </message>
    <message>
        <source>Add to the shift</source>
        <translation>增加值班人员</translation>
    </message>
    <message>
        <source>Take off duty</source>
        <translation>撤下值班</translation>
    </message>
    <message>
        <source>Take {name} off the duty of {day}? The coverage report will show any gap it leaves.</source>
        <translation>将 {name} 从 {day} 的值班中撤下？如因此出现空档，值班覆盖报告会列出。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>{what} recorded for {name}.</source>
        <translation>已为 {name} 记录{what}。</translation>
    </message>
    <message>
        <source>Ask to swap</source>
        <translation>申请换班</translation>
    </message>
    <message>
        <source>Swap {name}&apos;s duty on {day} with:</source>
        <translation>将 {name} 在 {day} 的值班换给：</translation>
    </message>
    <message>
        <source>Swap asked for; a shift leader decides it under Swap requests.</source>
        <translation>已提交换班申请，由带班领导在“换班申请”中审批。</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <source>Printed roster (*.pdf);;Calendar (*.ics);;CSV (*.csv)</source>
        <translation>打印版值班表 (*.pdf);;日历 (*.ics);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Draw up the roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Shift pattern</source>
        <translation>班次模式</translation>
    </message>
    <message>
        <source>New pattern…</source>
        <translation>新建模式…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Tick who rotates through each position, in turn as listed. Leave the weekends and holidays list empty to use the working-day list every day.</source>
        <translation>勾选各岗位轮值人员，按列表顺序轮流。周末和节假日名单留空时，每天都使用工作日名单。</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekends and holidays</source>
        <translation>周末和节假日</translation>
    </message>
    <message>
        <source>Start with person number</source>
        <translation>从第几位开始</translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save roster</source>
        <translation>保存排班</translation>
    </message>
    <message>
        <source>There is no shift pattern yet: make one with New pattern…</source>
        <translation>还没有班次模式：请点击“新建模式…”创建。</translation>
    </message>
    <message>
        <source>Choose or make a shift pattern first.</source>
        <translation>请先选择或新建班次模式。</translation>
    </message>
    <message>
        <source>Tick at least one person for {position}, on the working days list.</source>
        <translation>请在“{position}”的工作日名单中至少勾选一人。</translation>
    </message>
    <message numerus="yes">
        <source>%n duties would be drawn up.</source>
        <translation>
            <numerusform>将排出 %n 个值班。</numerusform>
        </translation>
    </message>
    <message>
        <source>China&apos;s holidays for {years} are not announced yet: those days are taken as ordinary working days and weekends.</source>
        <translation>{years} 年的法定节假日尚未公布：这些日期按普通工作日和周末处理。</translation>
    </message>
    <message>
        <source>{person}: two duties at once ({at})</source>
        <translation>{person}：同一时间有两个值班（{at}）</translation>
    </message>
    <message>
        <source>{person}: less than the minimum rest before the duty at {at}</source>
        <translation>{person}：{at} 的值班前休息不足</translation>
    </message>
    <message>
        <source>{person}: on leave at {at}</source>
        <translation>{person}：{at} 正在休假</translation>
    </message>
    <message>
        <source>Save the roster from {first} to {last}? Duties of this pattern already on those days are replaced.</source>
        <translation>保存 {first} 至 {last} 的排班？这些日期中该模式已有的值班将被替换。</translation>
    </message>
    <message numerus="yes">
        <source>%n duties saved.</source>
        <translation>
            <numerusform>已保存 %n 个值班。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Locked. {name}, enter your password to continue.</source>
        <translation>屏幕已锁定。{name}，请输入密码继续。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Log in as &amp;someone else</source>
        <translation>以其他用户登录(&amp;S)</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until {time}.</source>
        <translation>登录失败次数过多，该账号已锁定至 {time}。</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation>密码错误。请检查大写锁定键（Caps Lock）后重试。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source>S&amp;ync every</source>
        <translation>同步间隔(&amp;Y)</translation>
    </message>
    <message>
        <source>The office&apos;s rules (every workstation)</source>
        <translation>值班室规则（所有工作站）</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>附件大小上限</translation>
    </message>
    <message>
        <source>Largest &amp;attachment</source>
        <translation>附件大小上限(&amp;A)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>无操作锁屏时间</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after</source>
        <translation>无操作锁屏时间(&amp;K)</translation>
    </message>
    <message>
        <source>Only the system administrator can change the office&apos;s rules.</source>
        <translation>只有系统管理员可以修改值班室规则。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Minimum rest between duties</source>
        <translation>两次值班间最少休息</translation>
    </message>
    <message>
        <source>Minimum &amp;rest between duties</source>
        <translation>两次值班间最少休息(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SeverityDialog</name>
    <message>
        <source>Severity of {number}</source>
        <translation>{number} 的事件级别</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>事件级别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason (required when lowering)</source>
        <translation>变更原因（降级时必填）(&amp;R)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <source>The reporting deadlines are recomputed from the new level.</source>
        <translation>报送时限将按新级别重新计算。</translation>
    </message>
    <message>
        <source>Lower the severity</source>
        <translation>降低事件级别</translation>
    </message>
    <message>
        <source>Lower {number} from {old} to {new}? Its reporting deadlines are recomputed.</source>
        <translation>将 {number} 由 {old} 降为 {new}？其报送时限将重新计算。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Duty Desk cannot start</source>
        <translation>值班台无法启动</translation>
    </message>
</context>
<context>
    <name>SwapsDialog</name>
    <message>
        <source>Swap requests</source>
        <translation>换班申请</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>不批准(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{a} ({a_position}, {a_day}) ⇄ {b} ({b_position}, {b_day}) — asked by {who}: {why}</source>
        <translation>{a}（{a_position}，{a_day}）⇄ {b}（{b_position}，{b_day}）— 申请人 {who}：{why}</translation>
    </message>
    <message>
        <source>No swap requests are waiting.</source>
        <translation>没有待审批的换班申请。</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Offline — no server configured</source>
        <translation>离线 — 未配置服务器</translation>
    </message>
    <message>
        <source>Work is kept on this workstation. An administrator can link it to the server with &apos;duty-desk connect&apos;.</source>
        <translation>数据保存在本工作站。管理员可用 “duty-desk connect” 将其连接到服务器。</translation>
    </message>
    <message>
        <source>Online · synced {time}</source>
        <translation>在线 · {time} 已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts · synced {time}</source>
        <translation>
            <numerusform>%n 个冲突 · {time} 已同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused</source>
        <translation>
            <numerusform> · %n 项被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n set aside</source>
        <translation>
            <numerusform> · %n 项已搁置</numerusform>
        </translation>
    </message>
    <message>
        <source> · clock {minutes:+d} min off</source>
        <translation> · 时钟偏差 {minutes:+d} 分钟</translation>
    </message>
    <message>
        <source>Waiting · this version is too old for the server: upgrade Duty Desk</source>
        <translation>等待中 · 本版本过旧，服务器暂不接收：请升级值班台</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled} changes in {seconds:.1f} s.</source>
        <translation>用时 {seconds:.1f} 秒，发送 {pushed} 条、接收 {pulled} 条修改。</translation>
    </message>
    <message numerus="yes">
        <source>Offline since {time} · %n changes waiting</source>
        <translation>
            <numerusform>{time} 起离线 · %n 条修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}. Work goes on here and is sent when the link returns.</source>
        <translation>无法连接服务器：{reason}。可继续在本机工作，连接恢复后自动发送。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Issue a supervision task</source>
        <translation>交办督办事项</translation>
    </message>
    <message>
        <source>&amp;Department *</source>
        <translation>承办单位(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Handle by *</source>
        <translation>办理时限(&amp;H) *</translation>
    </message>
    <message>
        <source>&amp;Report back by *</source>
        <translation>反馈时限(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>the instruction&apos;s own words when left empty</source>
        <translation>不填则为批示原文</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>督办事项(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>password must be at least {n} characters long</source>
        <translation>密码至少需要 {n} 个字符</translation>
    </message>
    <message>
        <source>password must not start or end with a space</source>
        <translation>密码首尾不能有空格</translation>
    </message>
    <message>
        <source>password must mix at least {n} of upper case, lower case, digits and symbols</source>
        <translation>密码须至少包含大写字母、小写字母、数字、符号中的 {n} 类</translation>
    </message>
    <message>
        <source>password must not contain the user name</source>
        <translation>密码不得包含用户名</translation>
    </message>
    <message>
        <source>password must differ from the last {n} passwords</source>
        <translation>密码不得与最近 {n} 次使用的密码相同</translation>
    </message>
    <message>
        <source>the combined administrator role is no longer given; choose the system, security or audit administrator</source>
        <translation>不再授予合并的管理员角色；请选择系统管理员、安全管理员或审计管理员</translation>
    </message>
    <message>
        <source>you cannot change your own account&apos;s role or state</source>
        <translation>不能更改自己账号的角色或状态</translation>
    </message>
    <message>
        <source>user name is required</source>
        <translation>用户名不能为空</translation>
    </message>
    <message>
        <source>user name must be 2-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>用户名应由 2–32 个字母、数字或 &apos;.&apos;、&apos;_&apos;、&apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>a user named {name} already exists</source>
        <translation>用户名 {name} 已存在</translation>
    </message>
    <message>
        <source>a display name is required</source>
        <translation>姓名不能为空</translation>
    </message>
    <message>
        <source>an administrator already exists; log in instead</source>
        <translation>管理员账号已存在，请直接登录</translation>
    </message>
    <message>
        <source>no user named {name}</source>
        <translation>用户 {name} 不存在</translation>
    </message>
    <message>
        <source>the account&apos;s role {role} is unknown to this version of Duty Desk; it cannot log in here</source>
        <translation>该账户的角色 {role} 不为本版本值班台所识别，不能在此登录</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>a phone number may contain only digits, spaces, &apos;-&apos;, &apos;()&apos;, a leading &apos;+&apos; and an extension of up to 6 digits</source>
        <translation>电话号码只能包含数字、空格、&apos;-&apos;、&apos;()&apos;、开头的 &apos;+&apos; 以及不超过 6 位的分机号</translation>
    </message>
    <message>
        <source>an international number needs 8 to 15 digits</source>
        <translation>国际号码应为 8–15 位数字</translation>
    </message>
    <message>
        <source>a service or secure-line number has at least 3 digits</source>
        <translation>服务号码或保密电话号码至少应为 3 位数字</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits starting with 13-19</source>
        <translation>手机号码应为以 13–19 开头的 11 位数字</translation>
    </message>
    <message>
        <source>a fixed-line number has 6 to 12 digits (area code included)</source>
        <translation>固定电话号码应为 6–12 位数字（含区号）</translation>
    </message>
    <message>
        <source>a mobile number has no extension</source>
        <translation>手机号码不带分机号</translation>
    </message>
    <message>
        <source>a fixed line is its area code then the number, e.g. 010-12345678</source>
        <translation>固定电话须为区号加号码，如 010-12345678</translation>
    </message>
    <message>
        <source>an organisation&apos;s line is a fixed line with its area code (010-12345678) or a service number such as 12345</source>
        <translation>单位电话须为带区号的固定电话（010-12345678）或 12345 之类的服务号码</translation>
    </message>
    <message>
        <source>a secure line is a number of 3 to 8 digits, or a fixed line with its area code</source>
        <translation>保密电话须为 3 至 8 位号码，或带区号的固定电话</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>不能超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>the organisation&apos;s name is required</source>
        <translation>单位名称不能为空</translation>
    </message>
    <message>
        <source>unknown district code {code}</source>
        <translation>未知的行政区划代码 {code}</translation>
    </message>
    <message>
        <source>the person&apos;s name is required</source>
        <translation>姓名不能为空</translation>
    </message>
    <message>
        <source>that organisation no longer exists</source>
        <translation>该单位已不存在</translation>
    </message>
    <message>
        <source>an organisation named {name} already exists</source>
        <translation>名为“{name}”的单位已存在</translation>
    </message>
    <message>
        <source>that person was removed from the directory</source>
        <translation>该人员已从通讯录中删除</translation>
    </message>
    <message>
        <source>that person was already removed from the directory</source>
        <translation>该人员此前已从通讯录中删除</translation>
    </message>
    <message>
        <source>{org} still has {count} people; move or remove them first</source>
        <translation>“{org}”下仍有 {count} 名人员，请先将其调至其他单位或删除</translation>
    </message>
    <message>
        <source>this conflict was already resolved</source>
        <translation>该冲突已处理</translation>
    </message>
    <message>
        <source>this data folder has real accounts; demo data goes only into an empty or demo folder (duty-desk --demo)</source>
        <translation>该数据文件夹已有正式账户；演示数据只能放入空文件夹或演示文件夹（duty-desk --demo）</translation>
    </message>
    <message>
        <source>contains invisible control characters; retype it</source>
        <translation>含有不可见的控制字符，请重新输入</translation>
    </message>
    <message>
        <source>a display name has at most 100 characters</source>
        <translation>姓名最多 100 个字符</translation>
    </message>
    <message>
        <source>choose one of the two values for this field</source>
        <translation>该字段只能在两个值中选择其一</translation>
    </message>
    <message>
        <source>unknown kind {value}; use one of {kinds}</source>
        <translation>未知的单位类型 {value}；请使用以下之一：{kinds}</translation>
    </message>
    <message>
        <source>unknown district {value}; use its code or name, e.g. 110105 or 朝阳区 or Chaoyang</source>
        <translation>未知的区 {value}；请填写区划代码或名称，如 110105、朝阳区或 Chaoyang</translation>
    </message>
    <message>
        <source>{value} is not yes/no (是/否, true/false, 1/0)</source>
        <translation>{value} 不是“是/否”（是/否、true/false、1/0）</translation>
    </message>
    <message>
        <source>{count} cell(s) outside the header&apos;s columns</source>
        <translation>有 {count} 个单元格超出表头的列</translation>
    </message>
    <message>
        <source>{value} is not organisation or person (单位/人员)</source>
        <translation>{value} 不是 organisation 或 person（单位/人员）</translation>
    </message>
    <message>
        <source>not used for an organisation</source>
        <translation>单位记录不使用此列</translation>
    </message>
    <message>
        <source>not used for a person</source>
        <translation>人员记录不使用此列</translation>
    </message>
    <message>
        <source>{name} is already on line {line}</source>
        <translation>{name} 已在第 {line} 行出现</translation>
    </message>
    <message>
        <source>no organisation named {name} in the file or directory</source>
        <translation>文件和通讯录中都没有名为 {name} 的单位</translation>
    </message>
    <message>
        <source>the directory holds {count} people named {name} in that organisation; tidy them up in the app first</source>
        <translation>通讯录中该单位有 {count} 位名为 {name} 的人员；请先在应用中整理</translation>
    </message>
    <message>
        <source>a number of minutes is required</source>
        <translation>需要填写分钟数</translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 1 to {max}</source>
        <translation>应为 1 到 {max} 之间的整数分钟</translation>
    </message>
    <message>
        <source>{value} is not a time of day like 08:00</source>
        <translation>{value} 不是形如 08:00 的时刻</translation>
    </message>
    <message>
        <source>not a valid TOML file: {problem}</source>
        <translation>不是有效的 TOML 文件：{problem}</translation>
    </message>
    <message>
        <source>give at least one time of day, e.g. [&quot;08:00&quot;, &quot;17:00&quot;]</source>
        <translation>至少给出一个时刻，如 [&quot;08:00&quot;, &quot;17:00&quot;]</translation>
    </message>
    <message>
        <source>{value} is not one of I, II, III, IV</source>
        <translation>{value} 不是 I、II、III、IV 之一</translation>
    </message>
    <message>
        <source>this level is missing</source>
        <translation>缺少该级别</translation>
    </message>
    <message>
        <source>the telephone report cannot be due after the written one</source>
        <translation>电话报告时限不能晚于书面报告时限</translation>
    </message>
    <message>
        <source>{value} is not daily or as_new_facts</source>
        <translation>{value} 不是 daily 或 as_new_facts</translation>
    </message>
    <message>
        <source>unknown setting {name}</source>
        <translation>未知的设置项 {name}</translation>
    </message>
    <message>
        <source>say in a few words what happened</source>
        <translation>请简要填写事件概况</translation>
    </message>
    <message>
        <source>the report cannot have been received in the future</source>
        <translation>接报时间不能晚于当前时间</translation>
    </message>
    <message>
        <source>the incident cannot have happened in the future</source>
        <translation>事发时间不能晚于当前时间</translation>
    </message>
    <message>
        <source>the incident cannot have happened after the report of it was received</source>
        <translation>事发时间不能晚于接报时间</translation>
    </message>
    <message>
        <source>a time before {year} cannot be right; check the date</source>
        <translation>{year} 年以前的时间不可能正确，请核对日期</translation>
    </message>
    <message>
        <source>the report cannot have been made in the future</source>
        <translation>报送时间不能是将来的时间</translation>
    </message>
    <message>
        <source>the report cannot have been made before the incident was received ({received})</source>
        <translation>报送时间不能早于接报时间（{received}）</translation>
    </message>
    <message>
        <source>a number of people, 0 or more</source>
        <translation>应填写人数（0 或以上的整数）</translation>
    </message>
    <message>
        <source>no such incident</source>
        <translation>该事件不存在</translation>
    </message>
    <message>
        <source>not a field of an incident</source>
        <translation>事件没有此字段</translation>
    </message>
    <message>
        <source>give the reason for closing</source>
        <translation>请填写办结理由</translation>
    </message>
    <message>
        <source>give the reason for lowering the severity</source>
        <translation>请填写降低级别的原因</translation>
    </message>
    <message>
        <source>the incident already has that status</source>
        <translation>该事件已处于此状态</translation>
    </message>
    <message>
        <source>it already has that status</source>
        <translation>已经是该状态</translation>
    </message>
    <message>
        <source>cannot go from {state} to {target}</source>
        <translation>不能从{state}变为{target}</translation>
    </message>
    <message>
        <source>cannot {name} from {state}</source>
        <translation>当前为{state}，不能执行{name}</translation>
    </message>
    <message>
        <source>no such step: {name}</source>
        <translation>没有这个步骤：{name}</translation>
    </message>
    <message>
        <source>say what is new</source>
        <translation>请填写新情况</translation>
    </message>
    <message>
        <source>say whom the report went to</source>
        <translation>请填写报告对象</translation>
    </message>
    <message>
        <source>no incident numbered {number}</source>
        <translation>没有编号为 {number} 的事件</translation>
    </message>
    <message>
        <source>an incident cannot duplicate itself</source>
        <translation>事件不能标记为与自身重复</translation>
    </message>
    <message>
        <source>give a limit between 1 and {limit}</source>
        <translation>条数上限应在 1 到 {limit} 之间</translation>
    </message>
    <message>
        <source>the end of the date range must come after its start</source>
        <translation>结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or without a BOM, then GB18030); save it from Excel as &apos;CSV UTF-8&apos;</source>
        <translation>{path} 既不是 UTF-8 也不是 GB18030 文本（依次尝试的编码：带或不带 BOM 的 UTF-8、GB18030）；请在 Excel 中另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or without a BOM, then GB18030): read as GB18030, line {line} would be “{sample}”, so it is in another encoding (Latin-1?); save it from Excel as &apos;CSV UTF-8&apos;</source>
        <translation>{path} 既不是 UTF-8 也不是 GB18030 文本（依次尝试的编码：带或不带 BOM 的 UTF-8、GB18030）：按 GB18030 读取，第 {line} 行将是“{sample}”，可见是其他编码（Latin-1？）；请在 Excel 中另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>line {line}: a quote opened here is never closed</source>
        <translation>第 {line} 行：此处开始的引号没有闭合</translation>
    </message>
    <message>
        <source>line {line}: a stray quote (a quote inside a cell is written twice: &quot;&quot;)</source>
        <translation>第 {line} 行：多余的引号（单元格内的引号须写两次：&quot;&quot;）</translation>
    </message>
    <message>
        <source>line {line}: not valid CSV ({reason})</source>
        <translation>第 {line} 行不是有效的 CSV（{reason}）</translation>
    </message>
    <message>
        <source>line {line}, column {column}: a cell of {length} characters; a cell holds at most {limit}</source>
        <translation>第 {line} 行第 {column} 列：单元格有 {length} 个字符，最多 {limit} 个</translation>
    </message>
    <message>
        <source>not linked to a server: only local checks (another workstation&apos;s removed latest entries cannot be found offline)</source>
        <translation>未连接服务器：仅做本地校验（离线时无法发现其他工作站被删除的最新记录）</translation>
    </message>
    <message>
        <source>checked against the server&apos;s heads as of {time}</source>
        <translation>已对照服务器截至 {time} 的日志链头校验</translation>
    </message>
    <message>
        <source>the server could not be reached ({reason}): only local checks</source>
        <translation>无法连接服务器（{reason}）：仅做本地校验</translation>
    </message>
    <message>
        <source>audit entry #{seq} of workstation …{site}</source>
        <translation>工作站 …{site} 的第 {seq} 条审计记录</translation>
    </message>
    <message>
        <source>audit entry #{seq} of workstation …{site} (id {id})</source>
        <translation>工作站 …{site} 的第 {seq} 条审计记录（标识 {id}）</translation>
    </message>
    <message>
        <source>the audit trail of workstation …{site}</source>
        <translation>工作站 …{site} 的审计日志</translation>
    </message>
    <message>
        <source>the audit trail (id {id})</source>
        <translation>审计日志（标识 {id}）</translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>this workstation&apos;s trail is empty but it made accounts: the trail was wiped</source>
        <translation>本工作站的审计日志为空，但它创建过账号：日志已被清除</translation>
    </message>
    <message>
        <source>the trail is empty but the database holds accounts: it was wiped</source>
        <translation>审计日志为空，但数据库中有账号：日志已被清除</translation>
    </message>
    <message>
        <source>missing (the next entry found is #{seq})</source>
        <translation>缺失（找到的下一条为第 {seq} 条）</translation>
    </message>
    <message>
        <source>does not follow the entry before it</source>
        <translation>与前一条记录衔接不上</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被修改</translation>
    </message>
    <message>
        <source>workstation …{site} has published no audit key yet: its {n} entries are checked by their hash chain only</source>
        <translation>工作站 …{site} 尚未发布审计密钥：其 {n} 条记录仅按哈希链校验</translation>
    </message>
    <message>
        <source>workstation …{site} changed its audit key {n} time(s) (at #{at})</source>
        <translation>工作站 …{site} 更换过 {n} 次审计密钥（于第 {at} 条）</translation>
    </message>
    <message>
        <source>not signed by its workstation&apos;s key: forged, or the trail was re-chained</source>
        <translation>未经其工作站密钥签名：系伪造，或日志链被重建</translation>
    </message>
    <message>
        <source>this workstation&apos;s audit key is not in its keyring: a new key is made and published at its next audited write</source>
        <translation>本工作站的审计密钥不在系统密钥环中：下次写入审计记录时将生成并发布新密钥</translation>
    </message>
    <message>
        <source>the audit key published for this workstation is not the one in its keyring</source>
        <translation>为本工作站发布的审计密钥与其密钥环中的不一致</translation>
    </message>
    <message>
        <source>this workstation holds an audit key but none is published for it: the key row was removed</source>
        <translation>本工作站持有审计密钥，但未发布：密钥记录已被删除</translation>
    </message>
    <message>
        <source>no OS keyring: this workstation&apos;s signing key and head are kept in files in its data folder, so whoever can read that folder could re-sign the trail; only the server&apos;s heads protect it then</source>
        <translation>无系统密钥环：本工作站的签名密钥和日志链头保存在数据文件夹的文件中，能读取该文件夹的人可以重新签名日志；此时只有服务器上的链头能保护它</translation>
    </message>
    <message>
        <source>the latest entries of this workstation were removed (its kept head is #{seq})</source>
        <translation>本工作站最新的记录已被删除（其保存的链头为第 {seq} 条）</translation>
    </message>
    <message>
        <source>differs from the head this workstation kept outside its database</source>
        <translation>与本工作站在数据库之外保存的链头不一致</translation>
    </message>
    <message>
        <source>the latest entries of this workstation were removed</source>
        <translation>本工作站最新的记录已被删除</translation>
    </message>
    <message>
        <source>differs from the server&apos;s record of this chain: re-chained or forged</source>
        <translation>与服务器记录的该日志链不一致：被重建或伪造</translation>
    </message>
    <message>
        <source>missing: the server holds this chain up to #{seq}; entries were removed here</source>
        <translation>缺失：服务器上该日志链到第 {seq} 条；本地记录已被删除</translation>
    </message>
    <message>
        <source>workstation …{site}: entries #{first}–#{last} are on the server, not pulled here yet</source>
        <translation>工作站 …{site}：第 {first}–{last} 条记录在服务器上，尚未同步到本机</translation>
    </message>
    <message>
        <source>account {name}: its latest change came from the server without its audit entry yet (next sync)</source>
        <translation>账号 {name}：最近的修改来自服务器，其审计记录尚未到达（下次同步）</translation>
    </message>
    <message>
        <source>account {name} is as the server has it: the server refused the change its last audit entry records</source>
        <translation>账号 {name} 与服务器一致：服务器拒绝了其最后一条审计记录所记的修改</translation>
    </message>
    <message>
        <source>account {name} has no audit entry: it was made outside Duty Desk</source>
        <translation>账号 {name} 没有审计记录：它是在值班台之外创建的</translation>
    </message>
    <message>
        <source>account {name}: its role, password or active flag was changed outside Duty Desk since this entry</source>
        <translation>账号 {name}：自此条记录以来，其角色、密码或启用状态在值班台之外被修改</translation>
    </message>
    <message>
        <source>{n} account(s) from before audit digests: their state is checked from their next audited change</source>
        <translation>{n} 个账号早于审计摘要：其状态将从下一次经审计的修改起校验</translation>
    </message>
    <message>
        <source>write the instruction down as the leader gave it</source>
        <translation>请按领导原话记录批示</translation>
    </message>
    <message>
        <source>the instruction cannot have been given in the future</source>
        <translation>批示时间不能晚于现在</translation>
    </message>
    <message>
        <source>no such instruction</source>
        <translation>没有这条批示</translation>
    </message>
    <message>
        <source>choose a leader from the directory</source>
        <translation>请从通讯录中选择领导</translation>
    </message>
    <message>
        <source>the deadline cannot be before the task was issued ({issued})</source>
        <translation>时限不能早于交办时间（{issued}）</translation>
    </message>
    <message>
        <source>choose at least one department</source>
        <translation>请至少选择一个承办单位</translation>
    </message>
    <message>
        <source>a task cannot be issued in the future</source>
        <translation>交办时间不能晚于现在</translation>
    </message>
    <message>
        <source>one task per department</source>
        <translation>每个单位只交办一项</translation>
    </message>
    <message>
        <source>no such supervision task</source>
        <translation>没有这项督办事项</translation>
    </message>
    <message>
        <source>it cannot have happened in the future</source>
        <translation>时间不能晚于现在</translation>
    </message>
    <message>
        <source>it cannot have happened before the task was issued ({issued})</source>
        <translation>时间不能早于交办时间（{issued}）</translation>
    </message>
    <message>
        <source>say who acknowledged it</source>
        <translation>请填写签收人</translation>
    </message>
    <message>
        <source>the task is closed; nothing more can be recorded on it</source>
        <translation>该事项已办结，不能再登记</translation>
    </message>
    <message>
        <source>the department has acknowledged the task already</source>
        <translation>该单位已签收</translation>
    </message>
    <message>
        <source>say whom you chased</source>
        <translation>请填写催办对象</translation>
    </message>
    <message>
        <source>at most {limit} characters, no control characters</source>
        <translation>最多 {limit} 个字符，不能含控制字符</translation>
    </message>
    <message>
        <source>the task is closed; there is nothing to chase</source>
        <translation>该事项已办结，无需催办</translation>
    </message>
    <message>
        <source>no {kind} has the code {code}</source>
        <translation>没有编号为 {code} 的{kind}</translation>
    </message>
    <message>
        <source>{code} names more than one {kind}; give the whole id</source>
        <translation>{code} 对应多个{kind}，请输入完整编号</translation>
    </message>
    <message>
        <source>say what more is needed</source>
        <translation>请说明需补充的内容</translation>
    </message>
    <message>
        <source>write down what the department reported</source>
        <translation>请填写反馈内容</translation>
    </message>
    <message>
        <source>no such organisation in the directory</source>
        <translation>通讯录中没有该单位</translation>
    </message>
    <message>
        <source>not in the directory</source>
        <translation>不在通讯录中</translation>
    </message>
    <message>
        <source>not a leader in the directory</source>
        <translation>不是通讯录中的领导</translation>
    </message>
    <message>
        <source>no such entry on the board</source>
        <translation>去向登记不存在</translation>
    </message>
    <message>
        <source>that entry has already ended</source>
        <translation>该登记已结束</translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation>止日早于起日</translation>
    </message>
    <message>
        <source>a leader cannot act for themself</source>
        <translation>领导不能为本人代岗</translation>
    </message>
    <message>
        <source>no such written report</source>
        <translation>呈报单不存在</translation>
    </message>
    <message>
        <source>a draft is corrected by editing it</source>
        <translation>草稿直接修改即可</translation>
    </message>
    <message>
        <source>give the report a title</source>
        <translation>请填写标题</translation>
    </message>
    <message>
        <source>say what the report is about</source>
        <translation>请填写报告内容</translation>
    </message>
    <message>
        <source>a report goes to leaders in the directory</source>
        <translation>只能呈报通讯录中的领导</translation>
    </message>
    <message>
        <source>this report has been sent and cannot be changed; correct it with a new report</source>
        <translation>该呈报单已报送，不能修改；请另发一份更正</translation>
    </message>
    <message>
        <source>this report has already been sent</source>
        <translation>该呈报单已报送</translation>
    </message>
    <message>
        <source>name the leaders the report goes to</source>
        <translation>请选择呈报领导</translation>
    </message>
    <message>
        <source>the report cannot have been sent in the future</source>
        <translation>报送时间不能晚于现在</translation>
    </message>
    <message>
        <source>no written report numbered {number}</source>
        <translation>没有编号为 {number} 的呈报单</translation>
    </message>
    <message>
        <source>the report cannot have been received after it was reported up ({made})</source>
        <translation>接报时间不能晚于向上级报告的时间（{made}）</translation>
    </message>
    <message>
        <source>changed in its own dialog, not corrected here</source>
        <translation>此项在专门的对话框中修改，不在此更正</translation>
    </message>
    <message>
        <source>give the reason for the correction</source>
        <translation>请填写更正原因</translation>
    </message>
    <message>
        <source>no such follow-up report of this incident</source>
        <translation>本事件没有这份续报</translation>
    </message>
    <message>
        <source>this follow-up report is corrected already; correct its correction instead</source>
        <translation>这份续报已经更正过；请更正其更正</translation>
    </message>
    <message>
        <source>a step is { position = &quot;leader&quot;, minutes = 10 }</source>
        <translation>步骤格式为 { position = &quot;leader&quot;, minutes = 10 }</translation>
    </message>
    <message>
        <source>name one of position, person, organisation or in_charge</source>
        <translation>请指定 position、person、organisation 或 in_charge 之一</translation>
    </message>
    <message>
        <source>{value} is not leader or secretary_general</source>
        <translation>{value} 不是 leader 或 secretary_general</translation>
    </message>
    <message>
        <source>give a name from the directory</source>
        <translation>请填写通讯录中的名称</translation>
    </message>
    <message>
        <source>{value} is not a list of I, II, III, IV</source>
        <translation>{value} 不是由 I、II、III、IV 组成的列表</translation>
    </message>
    <message>
        <source>{value} is not a category</source>
        <translation>{value} 不是事件类别</translation>
    </message>
    <message>
        <source>give at least one [[policy]]</source>
        <translation>至少需要一个 [[policy]]</translation>
    </message>
    <message>
        <source>a policy is a table of severity, category and steps</source>
        <translation>流程应包含 severity、category 和 steps</translation>
    </message>
    <message>
        <source>give at least one step</source>
        <translation>至少需要一个步骤</translation>
    </message>
    <message>
        <source>{name} is in the directory more than once; rename one</source>
        <translation>通讯录中有多个 {name}，请改名区分</translation>
    </message>
    <message>
        <source>no shift pattern has the position {name}</source>
        <translation>没有班次模式包含岗位 {name}</translation>
    </message>
    <message>
        <source>no such escalation</source>
        <translation>没有该呈报记录</translation>
    </message>
    <message>
        <source>a closed incident is not escalated; reopen it first</source>
        <translation>已办结的事件不能呈报，请先重新打开</translation>
    </message>
    <message>
        <source>this incident is already being escalated</source>
        <translation>该事件正在呈报中</translation>
    </message>
    <message>
        <source>this escalation is no longer in progress</source>
        <translation>该呈报已不在进行中</translation>
    </message>
    <message>
        <source>the step due has changed meanwhile; look at it again</source>
        <translation>当前步骤已变化，请重新查看</translation>
    </message>
    <message>
        <source>the attempt cannot have been made in the future</source>
        <translation>联系时间不能晚于现在</translation>
    </message>
    <message>
        <source>the attempt cannot have been made before the escalation started ({started})</source>
        <translation>联系时间不能早于呈报开始时间（{started}）</translation>
    </message>
    <message>
        <source>say why the step is not needed</source>
        <translation>请说明该步骤无需进行的原因</translation>
    </message>
    <message>
        <source>the file {name} is empty</source>
        <translation>文件 {name} 是空的</translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments may be at most {limit} MB</source>
        <translation>{name} 大小为 {size} MB，附件最大 {limit} MB</translation>
    </message>
    <message>
        <source>no such attachment</source>
        <translation>没有这个附件</translation>
    </message>
    <message>
        <source>{name} has not fully arrived yet ({have} of {total} parts); sync and try again</source>
        <translation>{name} 尚未同步完整（已到 {have}/{total} 部分），请同步后重试</translation>
    </message>
    <message>
        <source>{name} is damaged: its content does not match the digest taken when it was added</source>
        <translation>{name} 已损坏：内容与添加时记录的摘要不符</translation>
    </message>
    <message>
        <source>give the pattern a name</source>
        <translation>请为班次模式命名</translation>
    </message>
    <message>
        <source>a shift needs 1 to 20 duty officers</source>
        <translation>每班需要 1 至 20 名值班员</translation>
    </message>
    <message>
        <source>the shifts must add up to 24 hours</source>
        <translation>各班次合计必须为 24 小时</translation>
    </message>
    <message>
        <source>each shift must start when the one before ends</source>
        <translation>每个班次必须在上一班结束时开始</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>no one is listed for {position}</source>
        <translation>岗位 {position} 没有安排人员</translation>
    </message>
    <message>
        <source>a pattern is 24-hour duty or day and night shifts</source>
        <translation>班次模式只能是 24 小时值班或白班夜班</translation>
    </message>
    <message>
        <source>no such shift pattern</source>
        <translation>没有这个班次模式</translation>
    </message>
    <message>
        <source>{count} listed people are not in the directory</source>
        <translation>有 {count} 名人员不在通讯录中</translation>
    </message>
    <message>
        <source>no such duty</source>
        <translation>没有这个值班</translation>
    </message>
    <message>
        <source>that person is not in the directory</source>
        <translation>此人不在通讯录中</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>a swap needs two different people on duty</source>
        <translation>换班需要两名不同的值班人员</translation>
    </message>
    <message>
        <source>this swap request was already decided</source>
        <translation>此换班申请已处理</translation>
    </message>
    <message>
        <source>sign in or sign out</source>
        <translation>请选择接班或交班</translation>
    </message>
    <message>
        <source>at most {days} days at a time</source>
        <translation>一次最多 {days} 天</translation>
    </message>
    <message>
        <source>give days between 2000 and 2199</source>
        <translation>日期须在 2000 年至 2199 年之间</translation>
    </message>
    <message>
        <source>the format is pdf, ics or csv</source>
        <translation>格式只能是 pdf、ics 或 csv</translation>
    </message>
    <message>
        <source>{person} would be on two duties at once ({at})</source>
        <translation>{person} 将在同一时间有两个值班（{at}）</translation>
    </message>
    <message>
        <source>{person} would rest less than {hours} hours before the duty at {at}</source>
        <translation>{person} 在 {at} 的值班前休息将不足 {hours} 小时</translation>
    </message>
    <message>
        <source>{person} is on leave at {at}</source>
        <translation>{person} 在 {at} 正在休假</translation>
    </message>
    <message>
        <source>the file has no {column} column</source>
        <translation>文件缺少 {column} 列</translation>
    </message>
    <message>
        <source>no shift pattern named {name}</source>
        <translation>没有名为 {name} 的班次模式</translation>
    </message>
    <message>
        <source>{value} is not a day like 2026-12-01</source>
        <translation>{value} 不是形如 2026-12-01 的日期</translation>
    </message>
    <message>
        <source>the pattern has no shift {value}</source>
        <translation>该班次模式没有 {value} 班次</translation>
    </message>
    <message>
        <source>unknown position {value}</source>
        <translation>未知岗位 {value}</translation>
    </message>
    <message>
        <source>{name} is not in the directory</source>
        <translation>{name} 不在通讯录中</translation>
    </message>
    <message>
        <source>{name} is in the directory more than once; keep one</source>
        <translation>{name} 在通讯录中出现多次，请只保留一条</translation>
    </message>
    <message>
        <source>the file holds no duties</source>
        <translation>文件中没有值班记录</translation>
    </message>
    <message>
        <source>the time must lie within the duty and end after it starts</source>
        <translation>时间必须在该值班时段内，且结束晚于开始</translation>
    </message>
    <message>
        <source>{path} is larger than {mb} MB; is it the right file?</source>
        <translation>{path} 超过 {mb} MB，请确认是否选对了文件。</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>unknown columns: {columns}</source>
        <translation>无法识别的列：{columns}</translation>
    </message>
    <message>
        <source>missing columns: {columns}</source>
        <translation>缺少的列：{columns}</translation>
    </message>
    <message>
        <source>repeated columns: {columns}</source>
        <translation>重复的列：{columns}</translation>
    </message>
    <message>
        <source>the header should be {header} (or the Chinese column names)</source>
        <translation>表头应为 {header}（或相应的中文列名）</translation>
    </message>
    <message>
        <source>{path} is empty: line 1 must be the header {header}</source>
        <translation>{path} 是空文件：第 1 行须为表头 {header}</translation>
    </message>
    <message>
        <source>{path} has a header but no records</source>
        <translation>{path} 只有表头，没有记录</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Check its permissions.</source>
        <translation>无法读取数据库 {path}（{reason}），请检查其权限。</translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not a Duty Desk database. It was left untouched; choose another data folder with --data-dir, or move it aside.</source>
        <translation>{path} 是文件夹或设备，不是值班台数据库。未作改动；请用 --data-dir 选择其他数据文件夹，或将其移开。</translation>
    </message>
    <message>
        <source>{path} is another program&apos;s database, not a Duty Desk database. It was left untouched; choose another data folder with --data-dir, or move it aside.</source>
        <translation>{path} 是其他程序的数据库，不是值班台数据库。未作改动；请用 --data-dir 选择其他数据文件夹，或将其移开。</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer Duty Desk (revision {revision}); install that version. It was left untouched.</source>
        <translation>数据库 {path} 由更新版本的值班台创建（修订版 {revision}）；请安装该版本。文件未作改动。</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}. Choose another folder with --data-dir.</source>
        <translation>无法创建数据文件夹 {folder}：{reason}。请用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Make it writable or choose another folder with --data-dir.</source>
        <translation>数据文件夹 {folder} 是只读的。请使其可写，或用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>The database {path} cannot be read and written. Check its permissions.</source>
        <translation>数据库 {path} 无法读写，请检查其权限。</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a Duty Desk database ({reason}). It was left untouched; restore it from a backup or move it aside.</source>
        <translation>数据库 {path} 已损坏或不是值班台数据库（{reason}）。文件未作改动；请从备份恢复，或将其移开。</translation>
    </message>
    <message>
        <source>The database {path} failed its integrity check ({reason}). It was left untouched; restore it from a backup or move it aside.</source>
        <translation>数据库 {path} 未通过完整性检查（{reason}）。文件未作改动；请从备份恢复，或将其移开。</translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade: run &apos;duty-desk db upgrade&apos;.</source>
        <translation>数据库 {path} 需要升级：请运行“duty-desk db upgrade”。</translation>
    </message>
    <message>
        <source>the database could not be written just now ({reason}); nothing was saved, try again</source>
        <translation>数据库暂时无法写入（{reason}）；未保存任何内容，请重试</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>a duty is signed in or out between {start} and {end}</source>
        <translation>只能在 {start} 至 {end} 之间接班或交班</translation>
    </message>
    <message>
        <source>only the person on a duty signs in or out of it</source>
        <translation>只有本班值班人员本人可以接班或交班</translation>
    </message>
    <message>
        <source>only one of the two people on duty asks for their swap</source>
        <translation>换班只能由换班双方中的一人申请</translation>
    </message>
    <message>
        <source>another shift leader decides a swap one asked for or is part of</source>
        <translation>本人申请或参与的换班须由另一位带班领导决定</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>You may not {action}: {reason}</source>
        <translation>您无权{action}：{reason}</translation>
    </message>
    <message>
        <source>The role {role} may not {action}.</source>
        <translation>{role}角色无权{action}。</translation>
    </message>
</context>
<context>
    <name>WhereaboutsDialog</name>
    <message>
        <source>Leader&apos;s whereabouts</source>
        <translation>领导去向</translation>
    </message>
    <message>
        <source>Change the leader&apos;s whereabouts</source>
        <translation>修改领导去向</translation>
    </message>
    <message>
        <source>— nobody named —</source>
        <translation>— 未指定 —</translation>
    </message>
    <message>
        <source>&amp;Leader *</source>
        <translation>领导(&amp;L) *</translation>
    </message>
    <message>
        <source>&amp;Whereabouts *</source>
        <translation>去向(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;From *</source>
        <translation>起(&amp;F) *</translation>
    </message>
    <message>
        <source>&amp;Until (included) *</source>
        <translation>止（含当日）(&amp;U) *</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>地点(&amp;H)</translation>
    </message>
    <message>
        <source>How to &amp;reach them</source>
        <translation>联系方式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Acting for them</source>
        <translation>代岗领导(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <source>Record whereabouts…</source>
        <translation>登记去向…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Back (end the entry)</source>
        <translation>已返回（结束登记）</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>去向地点</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Acting for them</source>
        <translation>代岗</translation>
    </message>
    <message>
        <source>Leaders&apos; whereabouts</source>
        <translation>领导去向</translation>
    </message>
    <message>
        <source>No leaders in the directory yet. Mark municipal leaders as leaders in Directory, or roster a leader in charge.</source>
        <translation>通讯录中尚无领导。请在通讯录中将市领导标为领导，或在排班中安排带班领导。</translation>
    </message>
    <message>
        <source>{away} of {count} leaders away today.</source>
        <translation>今日 {count} 位领导中 {away} 位不在机关。</translation>
    </message>
    <message>
        <source>Back in the office?</source>
        <translation>已返回机关？</translation>
    </message>
    <message>
        <source>End {name}&apos;s entry now?</source>
        <translation>现在结束{name}的去向登记？</translation>
    </message>
</context>
<context>
    <name>_WhoAndWhen</name>
    <message>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>结束(&amp;U)</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>请从列表中选择人员。</translation>
    </message>
</context>
</TS>
