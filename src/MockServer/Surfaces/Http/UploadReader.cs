using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>
/// Reads upload bodies (raw, or the multipart part <c>file</c>) within the route's size cap: the documented limit,
/// or <c>--max-upload-mb</c> for every route. Over it → the surface's 413. Multipart is streamed part by part
/// (not through ASP.NET's form reader, whose own 128 MiB limit would override the flag), so only the file is held.
/// </summary>
public sealed class UploadReader(MockServerOptions options, MockFacts facts)
{
    // Room for the multipart boundaries and part headers around a file of exactly the cap.
    private const long MultipartOverhead = 64 * 1024;
    private const int CopyBufferSize = 81920;

    // The multipart reader hands out at most one buffer per read: a large one keeps a big upload to few reads.
    private const int MultipartBufferSize = 1024 * 1024;

    public long LegacyCap => options.MaxUploadMb is { } mb ? mb * 1024L * 1024 : facts.Limits.LegacyUploadMaxBytes;

    public long V3Cap => options.MaxUploadMb is { } mb ? mb * 1024L * 1024 : facts.Limits.V3UploadMaxBytes;

    /// <summary>The largest body any route accepts (Kestrel's own limit is set above it).</summary>
    public long LargestCap => Math.Max(LegacyCap, V3Cap);

    public async Task<byte[]> ReadRawAsync(HttpRequest request, long cap)
    {
        if (request.ContentLength > cap)
        {
            throw TooLarge(cap);
        }

        return await CopyWithinCapAsync(request.Body, cap, request.ContentLength, request.HttpContext.RequestAborted);
    }

    /// <summary>The multipart part named <c>file</c>.</summary>
    public async Task<(byte[] Bytes, string? FileName)> ReadMultipartFileAsync(HttpRequest request, long cap)
    {
        // Size first: an oversize body is refused as too large whatever it is, before a byte of it is read.
        if (request.ContentLength > cap + MultipartOverhead)
        {
            throw TooLarge(cap);
        }

        var aborted = request.HttpContext.RequestAborted;
        var boundary = BoundaryOf(request.ContentType);
        if (boundary is null)
        {
            // A raw body is the wrong shape, but one over the cap is first of all too large (as HeyGen's gateway sees it).
            if (request.ContentLength > cap || (request.ContentLength is null && await LongerThanAsync(request.Body, cap, aborted)))
            {
                throw TooLarge(cap);
            }

            throw MockError.Invalid("file", $"Content-Type '{request.ContentType}' is not multipart/form-data with a boundary. Send the file as a multipart form part named 'file' (curl -F \"file=@photo.jpg\").");
        }

        var reader = new MultipartReader(boundary, request.Body, MultipartBufferSize) { BodyLengthLimit = null };
        try
        {
            for (var section = await reader.ReadNextSectionAsync(aborted); section is not null; section = await reader.ReadNextSectionAsync(aborted))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
                {
                    continue; // other parts are skipped unread
                }

                var bytes = await CopyWithinCapAsync(section.Body, cap, request.ContentLength, aborted);
                return bytes.Length > 0
                    ? (bytes, HeaderUtilities.RemoveQuotes(disposition.FileName).Value)
                    : throw MockError.Invalid("file", "The 'file' part is empty. Send the file's bytes.");
            }
        }
        catch (Exception ex) when (ex is (IOException or InvalidDataException) and not BadHttpRequestException && !aborted.IsCancellationRequested)
        {
            // A body cut short or without its closing boundary is the sender's mistake, not the mock's. (Kestrel's own
            // BadHttpRequestException, e.g. its body size limit, goes on to the error middleware with its status.)
            throw MockError.Invalid("file", $"The multipart body could not be read ({ex.Message}). Send one part named 'file' and end the body with its closing boundary.");
        }

        throw MockError.Invalid("file", "The multipart form has no part named 'file'. Send the file as -F \"file=@photo.jpg\".");
    }

    private static string? BoundaryOf(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(type.Boundary) is { Length: > 0 } boundary
            ? boundary.Value
            : null;

    /// <summary>Reads (and drops) a body of unknown length until it passes <paramref name="cap"/> or ends.</summary>
    private static async Task<bool> LongerThanAsync(Stream body, long cap, CancellationToken cancellationToken)
    {
        var buffer = new byte[CopyBufferSize];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > cap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The body's bytes, refused past <paramref name="cap"/>. Read straight into one array sized by the request's
    /// Content-Length (an upper bound of the part), so a 200 MB upload is not copied through doubling buffers.
    /// </summary>
    private static async Task<byte[]> CopyWithinCapAsync(Stream body, long cap, long? sizeHint, CancellationToken cancellationToken)
    {
        // One byte past the cap is room enough to notice a body over it.
        var most = Math.Min(cap + 1, Array.MaxLength);
        var bytes = GC.AllocateUninitializedArray<byte>((int)Math.Min(sizeHint ?? CopyBufferSize, most));
        var length = 0;
        while (true)
        {
            if (length == bytes.Length)
            {
                if (length == most)
                {
                    throw TooLarge(cap); // only with a cap beyond what one array holds
                }

                Array.Resize(ref bytes, (int)Math.Min(Math.Max(2L * bytes.Length, CopyBufferSize), most));
            }

            var read = await body.ReadAsync(bytes.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > cap)
            {
                throw TooLarge(cap);
            }
        }

        if (length < bytes.Length)
        {
            Array.Resize(ref bytes, length);
        }

        return bytes;
    }

    private static MockError TooLarge(long cap) =>
        ErrorCatalog.PayloadTooLarge.With(
            $"The upload is larger than this route's limit of {cap / (1024.0 * 1024):0.#} MB. Make the file smaller (or start the mock with a larger --max-upload-mb).", "file");
}
