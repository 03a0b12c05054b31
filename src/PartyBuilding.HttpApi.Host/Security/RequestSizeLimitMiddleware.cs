using Microsoft.AspNetCore.Http.Features;
using PartyBuilding.ExceptionHandling;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Security;

/// <summary>
/// Refuses bodies over <see cref="PartyBuildingHost.MaxRequestBodyBytes"/> with 413 before anything reads them,
/// whatever the server in front (Kestrel's own limit does not apply behind every server, nor in tests).
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ProblemDetailsWriter problems)
    {
        if (context.Request.ContentLength > PartyBuildingHost.MaxRequestBodyBytes)
        {
            await problems.WriteAsync(context, 413, FrameworkErrorCodes.PayloadTooLarge);
            return;
        }

        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = PartyBuildingHost.MaxRequestBodyBytes;
        }
        else if (context.Request.ContentLength is null)
        {
            context.Request.Body = new LimitedReadStream(context.Request.Body, PartyBuildingHost.MaxRequestBodyBytes);
        }

        await next(context);
    }

    /// <summary>A body of unknown length (chunked) that fails with 413 as soon as it passes the limit.</summary>
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new BadHttpRequestException("Request body too large.", 413) : read;
        }
    }
}
