namespace CatalogueTool.Diagnostics;

/// <summary>Every rule the tool reports. Ids are stable: never renumber, only add.</summary>
public static class KnownRules
{
    private static Rule R(string id, Severity s, string family, string titleZh, string titleEn, string explZh, string explEn) =>
        new(id, s, family, titleZh, titleEn, explZh, explEn);

    // Files: reading and YAML syntax.
    public static readonly Rule FileEncoding = R("CAT0001", Severity.Error, "file", "文件不是 UTF-8 编码", "File is not UTF-8",
        "所有目录文件必须以 UTF-8 编码保存（可带 BOM）。用记事本或 WPS 保存时选择“UTF-8”编码。工具会提示看起来像 GBK/GB18030 的文件。",
        "Every catalogue file must be saved as UTF-8 (a BOM is tolerated). Files that look like GBK/GB18030 are named as such.");
    public static readonly Rule FileTooLarge = R("CAT0002", Severity.Error, "file", "文件过大", "File too large",
        "单个文件超过大小上限时不予读取，以防内存耗尽。目录文件通常只有几十 KB；请拆分文件或检查是否误放了其他文件。",
        "A file above the size limit is not read, so that no input can exhaust memory. Catalogue files are normally a few dozen KB.");
    public static readonly Rule YamlSyntax = R("CAT0003", Severity.Error, "file", "YAML 语法错误", "YAML syntax error",
        "文件不是合法的 YAML。常见原因：冒号后缺少空格、缩进不一致、引号未闭合。诊断指出解析器停下的位置。",
        "The file is not valid YAML: a missing space after a colon, inconsistent indentation, an unclosed quote. The diagnostic shows where the parser stopped.");
    public static readonly Rule TabIndent = R("CAT0004", Severity.Error, "file", "用制表符缩进", "Tab used for indentation",
        "YAML 不允许用制表符（Tab）缩进。请改用空格（建议两个空格一级）。",
        "YAML does not allow tabs for indentation. Use spaces (two per level).");
    public static readonly Rule AliasRefused = R("CAT0005", Severity.Error, "file", "不允许使用 YAML 锚点和别名", "YAML anchors and aliases are refused",
        "目录文件中不能用 & 和 * 引用别处的内容（YAML 的“锚点”和“别名”）：一小段这样的文字可以展开成极大的文件，拖垮检查的电脑。请把内容直接写出来。",
        "Anchors (&) and aliases (*) are refused so that no file can expand into an enormous document. Write the content out.");
    public static readonly Rule TooDeep = R("CAT0006", Severity.Error, "file", "嵌套层级过深", "Nesting too deep",
        "文件的缩进层次太多（超过上限）时停止读取，以免异常的文件让程序崩溃。正常的目录文件不超过 6 层。",
        "Reading stops when YAML nesting exceeds the limit, so that no input can overflow the stack. Catalogue files need at most 6 levels.");
    public static readonly Rule DuplicateKey = R("CAT0007", Severity.Error, "file", "重复的键", "Duplicate key",
        "同一组“键: 值”里同一个键出现了两次（例如一个事项写了两行 name:），后一个会悄悄覆盖前一个。诊断指向第二次出现的位置。",
        "The same key appears twice in one mapping; the second would silently replace the first. Reported at the second occurrence.");
    public static readonly Rule FileUnreadable = R("CAT0008", Severity.Error, "file", "文件无法读取", "File cannot be read",
        "文件或文件夹不存在、无权限读取、是指向仓库之外的链接，或不是目录仓库需要的文件类型；也包括文件名多了扩展名的文件（social-assistance.yaml.txt：Windows 默认隐藏扩展名，用记事本另存时常会加上 .txt），它的内容在改名之前不会被检查和发布。",
        "The file or folder is missing, not readable, a link to outside the repository, or not of a type the repository needs; also a file whose name has an extension too many (social-assistance.yaml.txt: Windows hides extensions, and Notepad adds .txt), whose content is neither checked nor published until it is renamed.");
    public static readonly Rule CsvSyntax = R("CAT0009", Severity.Error, "file", "CSV 格式错误", "CSV syntax error",
        "CSV 文件中的引号必须成对：单元格内容含有逗号或换行时整体放在英文双引号里，内容中的双引号写两次。引号没有闭合时，其后的各行都会被当作同一个单元格。",
        "Quotes in a CSV file come in pairs: a cell holding a comma or a line break is enclosed in double quotes, and a quote inside it is doubled. An unclosed quote swallows every line after it into one cell.");
    public static readonly Rule FileConverted = R("CAT0010", Severity.Info, "file", "GBK 编码的表格已转换", "GBK table converted",
        "中文 Windows 上 Excel 另存的 CSV 是 GBK（GB18030）编码。import-powers 把它按 GB18030 读出并写成 UTF-8 的 YAML，同时说明一次；目录仓库里的文件仍须是 UTF-8。",
        "Excel on Chinese Windows saves CSV as GBK (GB18030). import-powers reads such a file as GB18030 and writes UTF-8 YAML, saying so once; files kept in a repository must still be UTF-8.");
    public static readonly Rule InvisibleCharacter = R("CAT0011", Severity.Warning, "file", "看不见的零宽字符", "Invisible zero-width character",
        "从 Word 或网页复制的文字常带有零宽空格（U+200B）等看不见的字符。它们会原样写进网页、表格和开放数据，搜索也找不到含有它们的词。每个文件报告第一个的位置。",
        "Text pasted from Word or a web page often carries invisible characters such as the zero-width space (U+200B). They reach the pages, workbooks and open data as they are, and search cannot find the words they sit in. The first in each file is reported.");
    public static readonly Rule TrailingComment = R("CAT0012", Severity.Warning, "file", "值后面的“ #”被当作注释", "Text after \" #\" read as a comment",
        "在 YAML 中，值后面的空格加“#”开始一段注释，其后的文字不会发布（投诉举报电话 #转分机2 只发布“投诉举报电话”）。文字里需要“#”时请给整个值加英文引号；注释请写在单独一行。只在会照原样发布的文字（名称、公开内容、依据、时限、主体、备注等）后提醒；编号、代码、日期、链接和固定取值后面的注释就是注释。",
        "In YAML a space and \"#\" after a value start a comment, and the text after it is not published (投诉举报电话 #转分机2 publishes only 投诉举报电话). Quote the whole value when the text needs a \"#\"; put a comment on a line of its own. Said only after text that is published as written (names, content, basis, time limits, subjects, notes…); after an id, a code, a date, a link or a word of a fixed list a comment is a comment.");
    public static readonly Rule FileNotRead = R("CAT0013", Severity.Warning, "file", "文件不会被读取", "File not read",
        "powers/ 中有工具不读取的文件：不是 .yaml、.csv、.xlsx 的权责清单（.xls、.et、.docx、.pdf）。其中的职权不会被核对，事项关联这些职权时也无法核对。请另存为 .xlsx，或用 catalogue import-powers 转换；不是权责清单的文件请移出 powers/。（文件名多了扩展名的，如 social-assistance.yaml.txt，是错误 CAT0008。）",
        "powers/ holds a file the tool does not read: a power list that is no .yaml, .csv or .xlsx (.xls, .et, .docx, .pdf). Its powers are not checked, nor are links to them; save it as .xlsx or convert it with catalogue import-powers, and move anything that is no power list out of powers/. (A name with an extension too many, such as social-assistance.yaml.txt, is an error, CAT0008.)");

    // Schema: keys, types and values.
    public static readonly Rule UnknownKey = R("CAT0101", Severity.Error, "schema", "未知的键", "Unknown key",
        "出现了格式中没有定义的键，通常是拼写错误。诊断会给出最接近的正确键名。",
        "A key the format does not define, usually a typo. The closest valid key is suggested.");
    public static readonly Rule MissingField = R("CAT0102", Severity.Error, "schema", "缺少必填项", "Missing required field",
        "国家模板要求的要素不能缺少：事项的 id、一级事项、二级事项、公开内容、公开依据、公开时限、公开主体、公开渠道和载体，清单的编码、名称、类型，等等。",
        "An element the national template requires is missing: an item's id, category, name, content, basis, time limit, subject, channels; a power's code, name, type; and so on.");
    public static readonly Rule WrongType = R("CAT0103", Severity.Error, "schema", "取值类型错误", "Wrong value type",
        "该位置需要的是一段文字、一个列表（各项以“- ”开头）或一组“键: 值”之一，而文件里写的是另一种，例如日期写成了别的形式、该写列表的地方写了“键: 值”。",
        "The value is a text, list or mapping where another shape is expected.");
    public static readonly Rule InvalidValue = R("CAT0104", Severity.Error, "schema", "取值不在允许范围内", "Invalid enumerated value",
        "公开对象、公开方式、公开层级、公开渠道和载体、职权类型等只能取规定的值（中文或英文写法）。诊断会给出最接近的规定值；公开渠道也可写成“其他：<名称>”。",
        "Audience, mode, levels, channels, power types and the like take only the listed values (Chinese or English). The closest value is suggested; a channel may also be written 其他：<name>.");
    public static readonly Rule VariantNormalised = R("CAT0105", Severity.Warning, "schema", "使用了非规范写法", "Variant spelling normalised",
        "取值被识别为规范值的常见变体（如“门户网站”→“政府网站”）。工具已按规范值处理；请改成规范写法。",
        "The value is a known variant of a canonical value (门户网站 → 政府网站). It was accepted as the canonical value; write the canonical spelling.");
    public static readonly Rule InvalidItemId = R("CAT0106", Severity.Error, "schema", "事项 id 不合规", "Invalid item id",
        "事项 id 只能由小写字母、数字和连字符组成，以字母或数字开头，最长 64 个字符（如 shjz-001）。id 用作网页文件名，必须稳定且安全。",
        "Item ids are lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 characters (shjz-001). They become page file names.");
    public static readonly Rule DuplicateItemId = R("CAT0107", Severity.Error, "schema", "事项 id 重复", "Duplicate item id",
        "同一仓库内事项 id 必须唯一。诊断指向第二次出现的位置，并指出第一次出现在哪里。",
        "Item ids are unique in a repository. Reported at the second occurrence, naming the first.");
    public static readonly Rule UnknownArea = R("CAT0108", Severity.Error, "schema", "未知的领域", "Unknown area",
        "领域必须是 26 个试点领域之一（id 或中文名），或在 catalogue.yaml 的 extra_areas 中声明。",
        "An area is one of the 26 pilot areas (id or Chinese name), or is declared under extra_areas in catalogue.yaml.");
    public static readonly Rule AreaFileName = R("CAT0109", Severity.Error, "schema", "领域文件名与领域不符", "Area file named after another area",
        "areas/ 下的文件必须以其领域 id 命名（如 areas/social-assistance.yaml），领域也不能有两个文件。",
        "A file under areas/ is named after its area id (areas/social-assistance.yaml), and no area has two files.");
    public static readonly Rule SchemaVersion = R("CAT0110", Severity.Error, "schema", "不支持的格式版本", "Unsupported format version",
        "catalogue.yaml 的 schema 必须是 1。",
        "schema in catalogue.yaml must be 1.");
    public static readonly Rule ManifestMissing = R("CAT0111", Severity.Error, "schema", "缺少 catalogue.yaml", "Manifest missing",
        "目录仓库根目录必须有 catalogue.yaml（清单文件）。可以用 catalogue init 新建仓库。",
        "A catalogue repository has catalogue.yaml at its root. catalogue init creates one.");
    public static readonly Rule InvalidCode = R("CAT0112", Severity.Error, "schema", "行政区划代码不合规", "Invalid division code",
        "jurisdiction.code 是 GB/T 2260 的六位行政区划代码，应加引号写成文字，如 \"510923\"。",
        "jurisdiction.code is a six-digit GB/T 2260 division code, quoted as text: \"510923\".");

    // Scope: which areas are covered.
    public static readonly Rule AreaMissing = R("CAT0201", Severity.Error, "scope", "领域既无文件也未说明不适用", "Area neither covered nor not applicable",
        "26 个试点领域中的每一个，要么有 areas/<领域>.yaml，要么在 catalogue.yaml 的 not_applicable 中写明不适用的理由。",
        "Each of the 26 pilot areas has an area file or a not_applicable entry with a reason.");
    public static readonly Rule AreaBoth = R("CAT0202", Severity.Error, "scope", "领域既有文件又标为不适用", "Area both covered and not applicable",
        "一个领域不能既有领域文件又列在 not_applicable 中。删除其一。",
        "An area cannot have a file and a not_applicable entry at once.");
    public static readonly Rule NotApplicableReason = R("CAT0203", Severity.Error, "scope", "不适用领域缺少理由", "Not-applicable area without reason",
        "not_applicable 中的每个领域都要写明理由，例如“户籍管理由县公安局垂直管理，本级不涉及”。",
        "Every not_applicable area needs a reason.");
    public static readonly Rule ExtraAreas = R("CAT0204", Severity.Error, "scope", "extra_areas 不一致", "extra_areas inconsistent",
        "26 个试点领域之外的领域文件需要在 extra_areas 中声明；extra_areas 的 id 不能与 26 个领域重复，也应有对应的领域文件。",
        "An area file beyond the 26 needs an extra_areas entry; extra_areas ids must not repeat the 26 and should have an area file.");
    public static readonly Rule EmptyArea = R("CAT0205", Severity.Warning, "scope", "领域没有任何事项", "Area has no items",
        "领域文件中没有事项。若本级确实不涉及该领域，请改为在 not_applicable 中说明理由。",
        "The area file has no items. If the area does not apply, list it under not_applicable with a reason.");

    // Content of items.
    public static readonly Rule BasisTitle = R("CAT0301", Severity.Warning, "content", "公开依据未写文件名", "Basis without a document title",
        "公开依据应当引用具体的法律法规或文件，并用书名号标出名称，如《中华人民共和国政府信息公开条例》。标准指引中“各地相关政策法规文件”之类的写法不报告。",
        "A basis cites a law or document by its title in 《》. The guidelines' own placeholder 各地相关政策法规文件 is not reported.");
    public static readonly Rule BasisOutdated = R("CAT0302", Severity.Warning, "content", "公开依据引用了已废止的条例", "Basis cites a superseded regulation",
        "2007 年的《政府信息公开条例》（国务院令第492号）已被 2019 年修订版（国务院令第711号）取代。",
        "The 2007 Regulation on Open Government Information (State Council Order 492) was superseded in 2019 by Order 711.");
    public static readonly Rule UnknownSubject = R("CAT0303", Severity.Warning, "content", "公开主体不是已声明的部门", "Subject is not a declared department",
        "catalogue.yaml 声明了 departments 时，每个事项的公开主体都应是其中一个部门的名称或别名（多个主体用顿号分隔）。每个不在其中的主体只报告一次（在第一个写它的事项处，并说明共有几个事项写了它）。",
        "When catalogue.yaml declares departments, each item's subject is one of their names or aliases (several separated by 、). Each subject not among them is told once, at the first item naming it, with how many items do.");
    public static readonly Rule BlankText = R("CAT0304", Severity.Error, "content", "必填要素为空", "Required element is blank",
        "必填要素不能只写空白、“无”或“/”。",
        "A required element cannot be blank.");
    public static readonly Rule CellTooLong = R("CAT0305", Severity.Warning, "content", "要素超过 Excel 单元格上限", "Element longer than an Excel cell holds",
        "Excel 的一个单元格最多容纳 32767 个字符，更长的内容会让 Excel 报告文件损坏。生成的 Excel 目录在这里截断（末尾加“…”），网页和开放数据仍是全文。请精简内容，或把长文放在公开记录的链接里。",
        "An Excel cell holds at most 32,767 characters; more makes Excel call the file damaged. The Excel catalogue cuts the text there (ending it with …); the pages and open data keep it whole. Shorten it, or publish the long text as a record and link it.");

    // Time limits.
    public static readonly Rule TimeLimitUnreadable = R("CAT0401", Severity.Warning, "time", "公开时限无法解读", "Time limit not interpreted",
        "公开时限原样发布，同时工具会解读其含义（N个工作日、决定作出之日起、批复后N日内、实时、及时、每年M月D日前、公示期）。无法解读的时限无法检查是否超期，请改用常见表述。",
        "The time limit is published verbatim and also interpreted (N working days, from a decision, N days after approval, real time, promptly, an annual deadline, a display period). Text that cannot be interpreted cannot be checked.");
    public static readonly Rule TimeLimitTooLong = R("CAT0402", Severity.Warning, "time", "主动公开时限超过20个工作日", "Proactive limit over 20 working days",
        "《政府信息公开条例》第二十六条：主动公开的政府信息应当自形成或者变更之日起20个工作日内公开，法律法规另有规定的除外。实施标准事项且时限不长于标准目录的，视为另有规定，不报告。",
        "Article 26 of the Regulation: proactive information is published within 20 working days of being formed or changed, unless a law says otherwise. An item implementing a baseline item whose own limit is as long is not reported.");
    public static readonly Rule PortalAddress = R("CAT0113", Severity.Error, "schema", "栏目发布地址不合规", "Invalid column address",
        "portal.base_url 是本栏目在门户网站上的发布地址（文件夹），生成的页面名接在它后面，如 https://www.qinghe.gov.cn/zwgk/jczwgk/ 。它应以 http:// 或 https:// 开头，不带 ? 查询、# 锚点、引号、尖括号和空格，也不以某个页面名（如 index.html）结尾。",
        "portal.base_url is the address (a folder) the column is published at on the portal; page names are appended to it, as in https://www.qinghe.gov.cn/zwgk/jczwgk/. It starts with http:// or https:// and has no ? query, # anchor, quotes, angle brackets or spaces, and does not end in a page name (such as index.html).");

    // Records and columns.
    public static readonly Rule RecordUnknownItem = R("CAT0501", Severity.Error, "records", "公开记录指向不存在的事项", "Record names an unknown item",
        "records/ 中每条记录的 item 必须是本仓库中某个事项的 id。",
        "Each record's item is the id of an item of the repository.");
    public static readonly Rule RecordFutureDate = R("CAT0502", Severity.Error, "records", "公开记录日期在未来", "Record dated in the future",
        "记录的日期晚于今天（或 SOURCE_DATE_EPOCH 给出的日期），通常是录入错误。",
        "The record is dated after today (or the date given by SOURCE_DATE_EPOCH), usually a typing error.");
    public static readonly Rule RecordUrl = R("CAT0503", Severity.Error, "records", "公开记录链接不合规", "Record URL not http(s)",
        "记录链接只能是 http:// 或 https:// 开头的网址，javascript:、file: 等一律拒绝。",
        "Record links are http:// or https:// URLs only; javascript:, file: and others are refused.");
    public static readonly Rule RecordUrlPrivate = R("CAT0507", Severity.Warning, "records", "公开记录链接公众打不开", "Record URL the public cannot open",
        "记录链接或 portal.base_url 指向内网（10.x、172.16–31.x、192.168.x、127.x、localhost、没有点号的主机名）：机关内部能打开，公众在网站上点开是打不开的。请改为门户网站上的公开网址。",
        "The record link or portal.base_url names an intranet address (10.x, 172.16–31.x, 192.168.x, 127.x, localhost, a host name without a dot): it opens inside the office, but not for the public visiting the site. Link the information's public address on the portal instead.");
    public static readonly Rule RecordOtherArea = R("CAT0508", Severity.Warning, "records", "公开记录放在别的领域的文件中", "Record kept in another area's file",
        "records/<领域编号>.yaml 只放本领域事项的记录。记录指向的事项属于另一个领域时，它仍会显示在那个事项的页面上，但空白栏目等检查和以后的整理都按文件所属领域进行，容易出错。请把这条记录移到该事项所在领域的文件中。",
        "records/<area id>.yaml holds the records of that area's items. A record naming another area's item still shows on that item's page, but the checks and later upkeep go by the file's area; move the record to the file of its item's area.");
    public static readonly Rule RecordFileEmpty = R("CAT0509", Severity.Warning, "records", "公开记录文件是空的", "Records file is empty",
        "records/<领域编号>.yaml 存在但是空的（或只有注释）：这个领域的主动公开事项都会成为空白栏目。常见于误操作清空了文件；请从版本库或备份中恢复，或写入记录。",
        "records/<area id>.yaml exists but is empty (or holds comments only): every proactive item of its area becomes a blank column. Often a file emptied by mistake; restore it from version control or a backup, or write its records.");
    public static readonly Rule BlankColumn = R("CAT0504", Severity.Warning, "records", "空白栏目", "Blank column",
        "主动公开事项没有任何公开记录，也没有情况说明。检查中“空白栏目”会扣分；没有可公开内容时应发布情况说明。依申请公开事项除外。只检查有 records/<领域>.yaml 的领域。",
        "A proactive item has no record and no statement. Inspections count blank columns; publish a statement (情况说明) when there is nothing. On-request items are exempt. Checked for areas that have records/<area>.yaml.");
    public static readonly Rule StaleColumn = R("CAT0505", Severity.Warning, "records", "栏目长期未更新", "Stale column",
        "事项最新一条记录早于 records.stale_after_days（默认 180 天，即检查中政策文件类栏目的不更新门槛）；公开时限写明更新周期的（每月更新、每20个工作日更新、每年更新），按其周期判断。",
        "The item's newest record is older than records.stale_after_days (default 180, the inspection threshold for policy-document columns), or than its own schedule when its time limit gives one (每月更新, 每20个工作日更新, 每年更新).");
    public static readonly Rule RecordFileName = R("CAT0506", Severity.Warning, "records", "公开记录文件名不是领域编号", "Records file named after no area",
        "公开记录按领域存放在 records/<领域编号>.yaml 中。文件名不是本目录任何领域的编号时（如备份副本、拼写错误），其中的记录仍会被读取，可能在网站上重复出现，而空白栏目、未更新栏目的检查不会针对它。",
        "Records are kept per area in records/<area id>.yaml. A file named after no area of the catalogue (a backup copy, a typo) is still read, so its records may show twice on the site, and the blank and stale column checks do not cover it.");

    // Baseline.
    public static readonly Rule BaselineMissing = R("CAT0601", Severity.Error, "baseline", "标准事项未实施也未说明", "Baseline item neither implemented nor waived",
        "国家标准指引中的每个事项，要么有事项以 baseline: <id> 实施，要么在领域文件的 waived 中写明不实施的理由。",
        "Every baseline item of an area in scope is implemented by an item with baseline: <id>, or waived with a reason.");
    public static readonly Rule WaiverReason = R("CAT0602", Severity.Error, "baseline", "豁免缺少理由", "Waiver without reason",
        "waived 中的每一项都要写明理由。",
        "Every waived baseline item needs a reason.");
    public static readonly Rule BaselineUnknown = R("CAT0603", Severity.Error, "baseline", "引用了不存在的标准事项", "Unknown baseline item",
        "baseline: 或 waived 引用的 id 在该领域的标准目录中不存在，或属于另一个领域。",
        "The baseline id does not exist in the area's baseline, or belongs to another area.");
    public static readonly Rule BaselineCarrier = R("CAT0604", Severity.Info, "baseline", "比标准事项少了公开渠道", "Fewer channels than the baseline",
        "实施标准事项时去掉了标准目录要求的公开渠道和载体。",
        "The item implementing a baseline item drops one of its channels.");
    public static readonly Rule BaselineTimeLimit = R("CAT0605", Severity.Info, "baseline", "比标准事项的时限更长", "Longer time limit than the baseline",
        "实施标准事项时公开时限比标准目录更长。",
        "The item implementing a baseline item has a longer time limit.");
    public static readonly Rule BaselineTwice = R("CAT0606", Severity.Warning, "baseline", "标准事项同时实施和豁免", "Baseline item both implemented and waived",
        "同一个标准事项不能既有实施事项又在 waived 中豁免。",
        "A baseline item cannot be implemented and waived at once.");
    public static readonly Rule BaselineFolder = R("CAT0607", Severity.Error, "baseline", "找不到标准目录", "Baseline folder not found",
        "catalogue.yaml 的 baseline 是 national、none 或一个标准目录文件夹的路径（相对于仓库）。",
        "baseline in catalogue.yaml is national, none, or a path to a baseline folder (relative to the repository).");
    public static readonly Rule BaselineAreaMissing = R("CAT0608", Severity.Warning, "baseline", "标准目录缺少本目录的领域", "Baseline lacks an area",
        "catalogue.yaml 的 baseline 所指的标准目录文件夹（如省级标准目录）没有本目录某个领域的文件，这一领域的事项就无从与标准事项核对：逐个领域说明一次，不再对其中每个 baseline 引用报错。请在标准目录中补上这个领域的文件，或确认该领域没有省级标准。",
        "The baseline folder named in catalogue.yaml (a province's own baseline) has no file for an area of this catalogue, so that area's items cannot be compared with standard items: said once per area instead of at each baseline link. Add the area's file to the baseline, or confirm the area has no standard.");
    public static readonly Rule WaiverTwice = R("CAT0609", Severity.Warning, "baseline", "同一标准事项豁免了两次", "Baseline item waived twice",
        "waived 中同一个标准事项只写一次；第二次的理由不会被使用，请合并两条理由。",
        "A baseline item is waived once; the second entry's reason would not be used, so merge the two.");

    // Powers.
    public static readonly Rule PowerUnknown = R("CAT0701", Severity.Error, "powers", "事项关联的职权不存在", "Linked power does not exist",
        "事项 powers 中的编码在 powers/ 的权责清单中不存在。",
        "A code in an item's powers is not in any power list under powers/.");
    public static readonly Rule PowerNoMatch = R("CAT0702", Severity.Error, "powers", "职权前缀或选择器没有匹配", "Prefix or selector matches nothing",
        "以 * 结尾的编码前缀或 {type, subject} 选择器没有匹配到任何职权。",
        "A code prefix ending in * or a {type, subject} selector matches no power.");
    public static readonly Rule PowerDuplicate = R("CAT0703", Severity.Error, "powers", "职权编码重复", "Duplicate power code",
        "职权编码在全部权责清单中必须唯一。",
        "Power codes are unique across all lists.");
    public static readonly Rule PowerType = R("CAT0704", Severity.Error, "powers", "职权类型不合规", "Unknown power type",
        "职权类型是十类之一：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力。",
        "A power type is one of the ten: 行政许可, 行政处罚, 行政强制, 行政征收, 行政给付, 行政检查, 行政确认, 行政奖励, 行政裁决, 其他行政权力.");
    public static readonly Rule PowerUndisclosed = R("CAT0705", Severity.Warning, "powers", "职权未公开", "Power not disclosed",
        "权责清单中的职权没有任何事项公开它，也没有在 catalogue.yaml 的 undisclosed_powers 中说明理由。“权力运行到哪里，公开就延伸到哪里”。",
        "A listed power is disclosed by no item and not listed under undisclosed_powers with a reason.");
    public static readonly Rule PowerSevenDays = R("CAT0706", Severity.Warning, "powers", "许可处罚信息超过7个工作日", "Licensing/penalty over 7 working days",
        "国办发〔2018〕118号：行政许可、行政处罚等信息应当自作出行政执法决定之日起7个工作日内公开。",
        "国办发〔2018〕118号: licensing and penalty decisions are published within 7 working days of the decision.");
    public static readonly Rule PowerSubject = R("CAT0707", Severity.Warning, "powers", "公开主体与职权实施主体不符", "Subject differs from the power's body",
        "事项的公开主体应当包含其关联职权的实施主体。",
        "An item's subject includes the body that holds its linked powers.");
    public static readonly Rule UndisclosedEntry = R("CAT0708", Severity.Error, "powers", "undisclosed_powers 条目不合规", "Invalid undisclosed_powers entry",
        "undisclosed_powers 中的编码必须存在于权责清单，并写明不公开的理由。",
        "Codes under undisclosed_powers exist in a power list and carry a reason.");
    public static readonly Rule PowerObsoleteType = R("CAT0709", Severity.Warning, "powers", "使用了已取消的职权类型", "Obsolete power type",
        "“非行政许可审批”已于2015年取消。工具按“其他行政权力”处理；请按现行分类更新清单。",
        "非行政许可审批 was abolished in 2015; it is read as 其他行政权力.");
    public static readonly Rule PowerHeader = R("CAT0710", Severity.Error, "powers", "权责清单表头无法识别", "Power list header not recognised",
        "CSV 或 Excel 权责清单需要一行表头，至少包含编码、名称和类型三列（如 事项编码、事项名称、权力类型）。",
        "A CSV or Excel power list has a header row with at least code, name and type columns.");

    public static readonly Rule PowerSubjectImplied = R("CAT0711", Severity.Info, "powers", "权责清单没有实施主体列", "Power list without a subject column",
        "权责清单没有“实施主体”（或“实施机关”“责任主体”）列时，每项职权的实施主体按标题行所写的部门记（“青禾县民政局权责清单”记为“青禾县民政局”），没有这样的标题时按文件名记（powers/民政局.xlsx 记为“民政局”），公开主体的核对（CAT0707）也用这个名称。请加上这一列，或在标题行写明部门全称。",
        "A power list without a subject column (实施主体) takes each power's body from its title row (青禾县民政局权责清单 gives 青禾县民政局), or else from the file name (powers/民政局.xlsx gives 民政局), which CAT0707 then compares. Add the column, or name the department in full in the title.");
    public static readonly Rule PowerFormula = R("CAT0712", Severity.Error, "powers", "权责清单单元格是没有计算结果的公式", "Formula cell without a stored result",
        "Excel 权责清单的单元格是公式，但文件里没有保存它的计算结果（表格由程序生成、从未在 Excel 中重新计算），工具不计算公式，只能按空白读取，这一格的内容就丢了。请用 Excel 或 WPS 打开清单保存一次，或把公式改成文字。",
        "A cell of an Excel power list holds a formula whose result the file does not carry (written by a program, never recalculated); the tool evaluates no formula, so the cell reads as blank and its content is lost. Open and save the list in Excel or WPS, or replace the formula by text.");
    public static readonly Rule PowerSheetSkipped = R("CAT0713", Severity.Info, "powers", "权责清单有工作表未读取", "Power list sheet not read",
        "Excel 权责清单的每个可见工作表只要有表头（事项编码、事项名称、权力类型）都会读取；隐藏的工作表和找不到表头的工作表不读取，有内容时逐个说明，免得某个部门的职权无声无息地漏掉。需要读取的，请取消隐藏或补上表头。",
        "Every visible sheet of an Excel power list that has a header (code, name, type) is read; a hidden sheet or one without a header is not, and each that holds anything is named, so that no department's powers go missing unnoticed. Unhide it or give it a header to have it read.");
    public static readonly Rule PowerDittoFilled = R("CAT0714", Severity.Info, "powers", "权责清单的“同上”按上一行填写", "Ditto filled from the row above",
        "导入权责清单（import-powers）时，写着“同上”“同前”等的单元格按同一列上一行的内容填写，写进 YAML 的是填好的文字；逐格说明，便于核对。上方没有内容可引用的“同上”按空白读取。",
        "When a power list is imported (import-powers), a cell reading 同上 or the like takes the text of the cell above it in the same column, and the YAML gets that text; each cell is named so it can be checked. A ditto with nothing above reads as blank.");
    public static readonly Rule PowerMainRow = R("CAT0716", Severity.Info, "powers", "权责清单的主项行没有编码，按其子项读取", "Main-item row without a code, read through its sub-items",
        "权责清单中，只写了主项名称、没有编码的一行（下面各子项行才有编码）不是一项职权：它的名称作为下面各子项的主项（“主项：子项”），这一行本身不导入，也不算错误。如果这一行确是一项职权，请给它填上编码。",
        "A row of a power list holding a main item's name but no code (its sub-item rows below carry the codes) is no power of its own: its name becomes the main item of the rows below (主项：子项), and the row itself is neither imported nor an error. If it is a power, give it its code.");
    public static readonly Rule PowerListsAbsent = R("CAT0715", Severity.Warning, "powers", "没有权责清单，关联的职权无法核对", "No power list to check links against",
        "事项关联了职权（powers），仓库里却没有任何权责清单（powers/ 文件夹为空或不存在），例如刚从工作簿导入、清单还没放进来。这时关联无法核对，只提示一次，不逐条报告“职权不存在”。请把本级各部门的权责清单放入 powers/。",
        "Items link powers but the repository has no power list at all (powers/ empty or missing), as right after an import before the lists are added. The links cannot be checked: this is said once, instead of one 'unknown power' per link. Put the departments' power lists into powers/.");

    // Site templates.
    public static readonly Rule TemplateError = R("CAT0801", Severity.Error, "site", "网站模板错误", "Site template error",
        "仓库 templates/ 中的网站模板（Handlebars）无法使用：块未闭合或闭合错误、引用了不存在的片段、文件过大或位于 templates/ 之外；不经转义输出数据（{{{…}}}）、布局缺少 {{{Body}}}、<base> 指向其他网站；生成页面时出错，或循环、嵌套、片段调用超出限度。诊断指出模板文件和出错的块；改正后重新生成。",
        "A site template (Handlebars) under templates/ cannot be used: a block not closed or closed by the wrong name, a missing partial, a file too large or outside templates/; data printed unescaped ({{{…}}}), a layout without {{{Body}}}, a <base> to another host; a failure while rendering, or loops, nesting or partial calls past their limits. The diagnostic names the file and the block.");
    public static readonly Rule TemplateUnused = R("CAT0802", Severity.Warning, "site", "模板中有用不上的名称或文件", "Template name or file that is never used",
        "模板里引用了页面数据中没有的名称（如把 {{Name}} 写成 {{Nmae}}），这一处会显示为空白；或者 templates/ 中有不是可替换模板的文件，它不会被使用。诊断给出最接近的名称和可替换的文件。",
        "A template names a value no page has (such as {{Nmae}} for {{Name}}), which renders as nothing; or templates/ holds a file that is not one of the replaceable templates and is never used. The nearest name and the replaceable files are given.");
    public static readonly Rule TemplateRemote = R("CAT0803", Severity.Warning, "site", "网站模板从其他网站加载内容", "Template loads from another host",
        "改过的网站模板或样式、脚本从其他网站加载脚本、样式、字体或图片（src=、样式表链接、url()、@import、fetch）：栏目离线就不能正常显示，每次访问还会告诉那个网站。请把文件放进 templates/assets/ 并用相对路径引用。指向其他网站的普通链接（a href）不受影响。",
        "A customised template, style or script loads a script, style, font or image from another host (src=, a stylesheet link, url(), @import, fetch): the column no longer works offline, and each visit is told to that host. Put the file under templates/assets/ and refer to it by a relative path. Plain links to other sites (a href) are fine.");

    public static IReadOnlyList<Rule> All { get; } = typeof(KnownRules)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToList();

    public static Rule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
