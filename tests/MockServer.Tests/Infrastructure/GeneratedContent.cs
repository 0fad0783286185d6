using System.Net;

namespace MockServer.Tests.Infrastructure;

/// <summary>
/// A request body of any length made on the fly: <paramref name="head"/> (e.g. a file signature) then zeros.
/// Lets a test send hundreds of megabytes without holding them in memory.
/// </summary>
public sealed class GeneratedContent(long length, byte[] head, bool announceLength = true) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var block = new byte[256 * 1024];
        head.CopyTo(block, 0);
        for (long sent = 0; sent < length;)
        {
            var count = (int)Math.Min(block.Length, length - sent);
            await stream.WriteAsync(block.AsMemory(0, count));
            if (sent == 0)
            {
                Array.Clear(block, 0, head.Length);
            }

            sent += count;
        }
    }

    protected override bool TryComputeLength(out long length1)
    {
        length1 = length;
        return announceLength;
    }
}
