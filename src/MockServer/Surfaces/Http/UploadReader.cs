using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>Reads upload bodies (raw or multipart <c>file</c>) within the surface's size cap; over it → 413.</summary>
public sealed class UploadReader(MockServerOptions options, MockFacts facts)
{
    public long LegacyCap => options.MaxUploadMb is { } mb ? mb * 1024L * 1024 : facts.Limits.LegacyUploadMaxBytes;

    public long V3Cap => options.MaxUploadMb is { } mb ? mb * 1024L * 1024 : facts.Limits.V3UploadMaxBytes;

    /// <summary>The largest body any route accepts (Kestrel's own limit is set just above it).</summary>
    public long LargestCap => Math.Max(LegacyCap, V3Cap);

    public async Task<byte[]> ReadRawAsync(HttpRequest request, long cap)
    {
        if (request.ContentLength > cap)
        {
            throw TooLarge(cap);
        }

        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            if (copy.Length + read > cap)
            {
                throw TooLarge(cap);
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    /// <summary>The multipart part named <c>file</c>.</summary>
    public async Task<(byte[] Bytes, string? FileName)> ReadMultipartFileAsync(HttpRequest request, long cap)
    {
        if (!request.HasFormContentType || request.ContentType?.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw ErrorCatalog.InvalidParameter.With($"Content-Type '{request.ContentType}' is not multipart/form-data. Send the file as a multipart form part named 'file' (curl -F \"file=@photo.jpg\").", "file");
        }

        if (request.ContentLength > cap + 64 * 1024)
        {
            throw TooLarge(cap);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException ex)
        {
            throw ErrorCatalog.InvalidParameter.With($"The multipart body could not be read ({ex.Message}). Send one part named 'file'.", "file");
        }

        var file = form.Files.GetFile("file")
            ?? throw ErrorCatalog.InvalidParameter.With("The multipart form has no part named 'file'. Send the file as -F \"file=@photo.jpg\".", "file");
        if (file.Length > cap)
        {
            throw TooLarge(cap);
        }

        if (file.Length == 0)
        {
            throw ErrorCatalog.InvalidParameter.With("The 'file' part is empty. Send the file's bytes.", "file");
        }

        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, request.HttpContext.RequestAborted);
        return (copy.ToArray(), file.FileName);
    }

    private static MockError TooLarge(long cap) =>
        ErrorCatalog.PayloadTooLarge.With(
            $"The upload is larger than this route's limit of {cap / (1024.0 * 1024):0.#} MB. Make the file smaller (or start the mock with a larger --max-upload-mb).", "file");
}
