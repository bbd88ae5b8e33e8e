using ClosedXML.Excel;

namespace CatalogueTool.Tests;

/// <summary>Catalogue tables as counties made them between 2020 and 2023, for the importer's tests.</summary>
public static class MessyWorkbooks
{
    /// <summary>Title row, two-row merged header with variant words, merged 一级事项, 同上, ■/口 checklists, √ marks, an extra column.</summary>
    public static void TwoRowHeader(string path)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("Sheet1");
        ws.Cell(1, 1).SetValue("白河县社会救助领域基层政务公开标准目录");
        ws.Range(1, 1, 1, 16).Merge();
        string[] top = ["序号", "公开事项", "", "公开内容\n(要素)", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", "", "责任科室", "备注"];
        string[] sub = ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群众", "主动", "依申请公开", "县级", "乡、村级", "", ""];
        for (var c = 0; c < top.Length; c++)
        {
            ws.Cell(2, c + 1).SetValue(top[c]);
            ws.Cell(3, c + 1).SetValue(sub[c]);
            if (sub[c].Length == 0) ws.Range(2, c + 1, 3, c + 1).Merge();
        }
        ws.Range(2, 2, 2, 3).Merge(); ws.Range(2, 9, 2, 10).Merge(); ws.Range(2, 11, 2, 12).Merge(); ws.Range(2, 13, 2, 14).Merge();
        string[][] rows =
        [
            ["1", "最低生活保障", "政 策 文 件", "低保政策文件(含标准)", "《社会救助暂行办法》\n《最低生活保障审核确认办法》", "制定或获取信息之日起20个工作日内", "县民政局", "■政府网站 口政府公报 ■两微一端 □公开查阅点 注：同步在便民服务站张贴", "√", "", "√", "", "√", "", "社会救助股", ""],
            ["2", "", "审核信息", "审核结果公示", "同上", "审核后及时公示，公示7个工作日", "同上", "1.政府网站 2.社区公示栏 3.村务公开栏", "", "√", "√", "", "", "√", "同上", "涉及隐私的不公开"],
            ["3", "临时救助", "办事指南", "办理条件、流程、时限", "《社会救助暂行办法》", "制定或获取信息之日起20个工作日内", "县民政局", "政府网站、便民服务站、入户/现场", "√", "", "√", "", "√", "√", "社会救助股", ""],
        ];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) ws.Cell(4 + r, c + 1).SetValue(rows[r][c]);
        ws.Range(4, 2, 5, 2).Merge();
        wb.SaveAs(path);
    }

    /// <summary>
    /// The rows hand-kept tables carry besides items: marks written as words (全社会, 主动, 县级), a row of column numbers,
    /// a total, an empty checkbox □, a subsection naming another area inside 扶贫, a column without a header, a name broken
    /// over two lines, and an edition in the title.
    /// </summary>
    public static void RowsBesideItems(string path)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("扶贫");
        ws.Cell(1, 1).SetValue("青石县扶贫领域基层政务公开标准目录（2024年版）");
        string[] top = ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", ""];
        string[] sub = ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"];
        for (var c = 0; c < top.Length; c++)
        {
            ws.Cell(2, c + 1).SetValue(top[c]);
            ws.Cell(3, c + 1).SetValue(sub[c]);
        }
        string[][] rows =
        [
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"],
            ["1", "政策文件", "扶贫政策", "政策文件全文", "《条例》", "信息形成或者变更之日起20个工作日内", "青石县乡村振兴局", "政府网站", "全社会", "", "主动", "", "县级", ""],
            ["三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）", "三、教育扶贫（义务教育阶段）"],
            ["2", "教育扶贫", "资助\n信息", "资助对象、标准", "《条例》", "信息形成或者变更之日起20个工作日内", "青石县教育局", "政府网站", "□", "√", "√", "", "√", "", "", "县教育局学生资助中心负责"],
            ["合计", "", "共 2 项", "", "", "", "", "", "", "", "", "", "", ""],
        ];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) ws.Cell(4 + r, c + 1).SetValue(rows[r][c]);
        wb.SaveAs(path);
    }

    /// <summary>Several areas on one sheet under section headings, numbering restarting, one-row header, a single 公开事项 column, no 公开层级 column.</summary>
    public static void Sections(string path)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("目录");
        string[] head = ["序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开对象", "公开方式"];
        for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
        void Heading(int row, string text)
        {
            ws.Cell(row, 1).SetValue(text);
            ws.Range(row, 1, row, head.Length).Merge();
        }
        Heading(2, "一、养老服务领域");
        string[][] a = [["1", "养老机构名录", "名称、地址、床位数", "《养老机构管理办法》", "信息形成之日起20个工作日内", "县民政局", "政府网站；两微一端", "全社会", "主动"],
                        ["2", "高龄津贴发放", "发放对象、标准", "《老年人权益保障法》", "每季度", "县民政局", "政府网站", "特定群体", "主动、依申请"]];
        Heading(5, "二、就业领域");
        string[][] b = [["1", "岗位信息", "招聘岗位、条件、薪酬", "《就业促进法》", "实时", "县人社局", "公共就业服务平台、政府网站", "全社会", "主动"]];
        for (var r = 0; r < a.Length; r++) for (var c = 0; c < head.Length; c++) ws.Cell(3 + r, c + 1).SetValue(a[r][c]);
        for (var r = 0; r < b.Length; r++) for (var c = 0; c < head.Length; c++) ws.Cell(6 + r, c + 1).SetValue(b[r][c]);
        wb.SaveAs(path);
    }

    /// <summary>Area from a variant sheet name (涉农资金), one-row header with breaks inside words, 三级事项, repeated 一级事项, 镇级/镇、村级 columns.</summary>
    public static void ThreeLevels(string path)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("涉农资金");
        string[] head = ["序 号", "一级事项", "二级事项", "三级事项", "公开\n内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动公开", "依申请", "县级", "镇、村级"];
        for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
        string[][] rows =
        [
            ["1", "补贴政策", "耕地地力保护补贴", "补贴标准", "补贴对象、标准、依据", "《关于全面推开农业“三项补贴”改革工作的通知》", "１０个工作日内", "县农业农村局", "门户网站、政务新媒体", "√", "", "√", "", "√", "√"],
            ["2", "补贴政策", "耕地地力保护补贴", "发放结果", "发放对象、金额", "同上", "同上", "同上", "村务公开栏", "", "√", "√", "", "", "√"],
        ];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) ws.Cell(2 + r, c + 1).SetValue(rows[r][c]);
        wb.SaveAs(path);
    }
}
