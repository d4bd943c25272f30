using Scalar.AspNetCore;
using Zhijian.Cases;
using Zhijian.Complaints;
using Zhijian.Credit;
using Zhijian.Dashboard;
using Zhijian.Entities;
using Zhijian.FoodSafety;
using Zhijian.Host;
using Zhijian.Host.Components;
using Zhijian.Inspections;
using Zhijian.Platform;
using Zhijian.SpecialEquipment;
using Zhijian.ProductQuality;
using Zhijian.Drugs;
using Zhijian.Metrology;
using Zhijian.Prices;

var builder = WebApplication.CreateBuilder(HostPaths.Options(args));
// Static assets of a build (not a publish) are found through the manifest beside the assembly in every environment.
builder.WebHost.UseStaticWebAssets();
builder.AddZhijian()
    .AddModule<EntitiesModule>()
    .AddModule<CreditModule>()
    .AddModule<InspectionsModule>()
    .AddModule<ComplaintsModule>()
    .AddModule<CasesModule>()
    .AddModule<FoodSafetyModule>()
    .AddModule<SpecialEquipmentModule>()
    .AddModule<ProductQualityModule>()
    .AddModule<DrugsModule>()
    .AddModule<MetrologyModule>()
    .AddModule<PricesModule>()
    .AddModule<DashboardModule>();

var app = builder.Build();
if (await AdminCli.TryRunAsync(app, args, Console.Out) is { } exitCode) return exitCode;

await app.UseZhijianAsync();
if (app.Environment.IsDevelopment()) app.MapScalarApiReference();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies([.. app.Services.GetRequiredService<ModuleCatalog>().PageAssemblies]);
DemoBanner.Print(app);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test factory.</summary>
public partial class Program;
