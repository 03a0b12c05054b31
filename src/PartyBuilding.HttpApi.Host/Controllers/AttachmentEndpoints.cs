using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;
using PartyBuilding.Files;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Controllers;

/// <summary>The form of <c>POST …/{id}/attachments</c>: the file and what it is evidence of.</summary>
public sealed class AttachmentUploadForm
{
    [Required]
    public IFormFile? File { get; set; }

    [Required]
    public AttachmentKind? Kind { get; set; }
}

/// <summary>
/// The HTTP side of the attachment routes every owner exposes (list, upload, download, delete), so meetings and
/// activities answer alike; the owner's service checks reach and locking, then calls <see cref="IAttachmentStore"/>.
/// </summary>
public static class AttachmentEndpoints
{
    public static async Task<ActionResult<AttachmentDto>> CreatedAsync(
        string ownerRoute,
        AttachmentUploadForm form,
        Func<AttachmentKind, string, Stream, CancellationToken, Task<AttachmentDto>> add,
        CancellationToken cancellationToken)
    {
        await using var content = form.File!.OpenReadStream();
        var attachment = await add(form.Kind!.Value, form.File.FileName, content, cancellationToken);
        return new CreatedResult($"{ownerRoute}/attachments/{attachment.Id}", attachment);
    }

    /// <summary>
    /// Streams the file with its recognised type. Images open in the browser; anything else downloads, so a
    /// document is never rendered in the console's origin.
    /// </summary>
    public static FileStreamResult Download(HttpResponse response, AttachmentContent content)
    {
        var disposition = new ContentDispositionHeaderValue(
            content.ContentType.StartsWith("image/", StringComparison.Ordinal) ? "inline" : "attachment");
        disposition.SetHttpFileName(content.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(content.Content, content.ContentType);
    }
}

/// <summary>
/// Lets an upload route take an attachment of <see cref="FileConsts.MaxAttachmentBytes"/> with its form around
/// it, and refuses a larger declared body with 400 <c>…:FileTooLarge</c> before reading it, instead of letting
/// the server's body limit cut the connection. Bodies of unknown length are counted by the store as they stream.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AttachmentUploadAttribute : Attribute, IResourceFilter
{
    public const long MaxBodyBytes = FileConsts.MaxAttachmentBytes + FileConsts.MaxUploadOverheadBytes;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Files.FileTooLarge, 400, FileConsts.MaxAttachmentBytes / (1024 * 1024));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
