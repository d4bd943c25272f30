using System.Reflection;

namespace Zhijian.Platform.Codes;

/// <summary>Reads the code-table files embedded from Codes/Data.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith(".Codes.Data." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded code table '{fileName}' not found in {assembly.GetName().Name}.");
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded code table '{name}' could not be opened.");
    }

    public static Assembly Assembly => typeof(EmbeddedData).Assembly;
}
