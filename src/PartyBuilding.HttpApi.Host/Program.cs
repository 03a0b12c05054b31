using PartyBuilding;

var builder = WebApplication.CreateBuilder(args);
builder.AddPartyBuildingHost();
var app = builder.Build();
await app.UsePartyBuildingHostAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
