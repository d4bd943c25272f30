using Zhijian.Entities.Contracts;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Import;
using static Zhijian.Entities.Features.Import.EntityColumns;

namespace Zhijian.Entities.Features.Import;

/// <summary>One parsed data row: the registration input, its 登记状态 and 状态日期, and the file's row (cells, parse errors).</summary>
internal sealed record ImportRow(EntityInput Input, EntityStatus Status, DateOnly? StatusDate, ImportRecord Record)
{
    public long Line => Record.Line;

    public IReadOnlyList<ImportRowError> Errors => Record.Errors;
}

/// <summary>
/// 批量导入文件读取 (pure, streaming, no database): the file read by the platform's import kit against
/// <see cref="EntityColumns.Template"/> (CSV UTF-8 or GB18030/GBK, XLSX; header mapped, blank rows skipped), each row parsed
/// into the registration input with every cell's error recorded on it.
/// </summary>
internal static class EntityImportReader
{
    /// <summary>Reads every data row of the file; throws <see cref="TabularFileException"/> for problems of the file as a whole.</summary>
    public static IEnumerable<ImportRow> Read(string path, string? encoding, ImportTemplate template) =>
        template.Read(path, encoding).Select(Parse);

    private static ImportRow Parse(ImportRecord r)
    {
        var capital = r.Number(Capital, t => $"注册资本“{t}”不是数字（单位：万元）", t => $"注册资本“{t}”超出范围（单位：万元）");
        var type = r.Choice(EntityColumns.Type, EntityNames.ParseType,
            t => $"主体类型“{t}”无效，应为 {string.Join("、", Enum.GetValues<EntityType>().Select(EntityNames.Of))} 之一");
        var status = r.Choice(EntityColumns.Status, EntityNames.ParseStatus, t => $"登记状态“{t}”无效，应为 存续、在营、开业、迁出、吊销、注销 之一") ?? EntityStatus.Active;
        var channel = r.Choice(Channel, EntityNames.ParseChannel, t => $"登记渠道“{t}”无效，应为 网上 或 窗口");
        var nameDeclared = r.Choice(NameDeclared, EntityNames.ParseYesNo, t => $"名称自主申报“{t}”无效，应为 是 或 否");
        var tags = r.List(Tags, ';', '；').Distinct().ToList();
        var input = new EntityInput(
            Uscc: r.Text(Uscc)?.ToUpperInvariant(),
            RegNo: r.Text(RegNo),
            Name: r.Text(Name),
            Type: type,
            LegalRep: r.Text(LegalRep),
            LegalRepId: r.Text(LegalRepId)?.ToUpperInvariant(),
            RegisteredCapital: capital,
            EstablishedOn: r.Date(Established),
            TermFrom: r.Date(TermFrom),
            TermTo: r.Date(TermTo),
            RegisteredAddress: r.Text(Address),
            BusinessAddress: r.Text(BusinessAddress),
            DivisionCode: r.Text(Division),
            IndustryCode: r.Text(Industry),
            BusinessScope: r.Text(Scope),
            RegistrationAuthority: r.Text(Authority),
            Phone: r.Text(Phone),
            Tags: tags,
            ApplicationReceivedAt: r.Instant(Received),
            LicenceIssuedAt: r.Instant(Issued),
            ApplicationChannel: channel,
            NameSelfDeclared: nameDeclared);
        return new ImportRow(input, status, r.Date(StatusDate), r);
    }
}
