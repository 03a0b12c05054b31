using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Modularity;

namespace PartyBuilding.Files;

/// <summary>
/// Attachments of other modules' records, kept in the blob store (ADR 0010). The blob store itself is the
/// host's choice, since its default folder sits beside the host's data.
/// </summary>
public sealed class FilesModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context) =>
        context.Services.AddScoped<IAttachmentStore, AttachmentStore>();
}
