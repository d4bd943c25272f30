using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhijian.Platform.Identity;

namespace Zhijian.Platform;

/// <summary>
/// Verbs on the host binary for operators, run instead of the web server:
/// <c>dotnet run --project src/Zhijian.Host -- admin create-api-client --name NAME --org 370100 --scopes a,b</c>.
/// </summary>
public static class AdminCli
{
    /// <summary>Returns the process exit code if <paramref name="args"/> named an admin verb, else null.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0] != "admin") return null;
        var verb = args.Length > 1 ? args[1] : "";
        var options = ParseOptions(args.Skip(2).ToArray());
        await PlatformSetup.InitializeAsync(app.Services, app.Logger, CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();

        switch (verb)
        {
            case "create-api-client":
                {
                    if (!options.TryGetValue("name", out var name) || !options.TryGetValue("org", out var org) || !options.TryGetValue("scopes", out var scopes))
                    {
                        await output.WriteLineAsync("用法：admin create-api-client --name 名称 --org 机构编码 --scopes 权限1,权限2（'*' 表示全部权限）");
                        return 2;
                    }

                    var result = await scope.ServiceProvider.GetRequiredService<ApiClientService>()
                        .CreateAsync(name, org, scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), CancellationToken.None);
                    if (!result.IsSuccess)
                    {
                        await output.WriteLineAsync("创建失败：" + result.ErrorText);
                        return 1;
                    }

                    await output.WriteLineAsync($"已创建 API 客户端“{result.Value!.Client.Name}”（机构：{result.Value.Client.OrgUnitName}，权限：{string.Join(",", result.Value.Client.Scopes)}）。");
                    await output.WriteLineAsync("密钥只显示这一次，请妥善保存：");
                    await output.WriteLineAsync(result.Value.Key);
                    return 0;
                }

            default:
                await output.WriteLineAsync("可用命令：admin create-api-client --name 名称 --org 机构编码 --scopes 权限1,权限2");
                return 2;
        }
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            result[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
        }

        return result;
    }
}
