namespace Zhijian.Tests.Infrastructure;

/// <summary>
/// Gives a PostgreSQL column a linguistic collation, as a production database created with a zh_CN / en_US / ICU locale
/// has: the suite's own databases use C.UTF-8, whose order is byte order anyway, so an ordinal-order test there proves
/// nothing. Czech (ICU) sorts the letter pair "CH" after "H" ("91370102CH…" after "91370102HY…"), which byte order does
/// not. No-op on SQLite.
/// </summary>
internal static class LinguisticCollation
{
    public const string Name = "zj_test_cs";

    public static async Task ApplyAsync(TestDatabase db, string schema, string table, string column, int length)
    {
        if (db.Kind != DatabaseKind.Postgres) return;
        await db.ExecuteAsync($"CREATE COLLATION IF NOT EXISTS {Name} (provider = icu, locale = 'cs-CZ')");
        await db.ExecuteAsync($"ALTER TABLE {schema}.{table} ALTER COLUMN \"{column}\" TYPE varchar({length}) COLLATE {Name}");
    }
}
