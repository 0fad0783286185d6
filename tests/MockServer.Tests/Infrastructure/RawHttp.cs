using System.Net.Sockets;
using System.Text;

namespace MockServer.Tests.Infrastructure;

/// <summary>
/// Sends bytes no HTTP client library would (bad chunk sizes, invalid UTF-8, cut-off multipart) over a plain socket,
/// and reads the answer up to the server closing the connection.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Body)> SendAsync(Uri baseUri, string head, byte[] body)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseUri.Host, baseUri.Port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Replace("\n", "\r\n") + "\r\n"), timeout.Token);
        await stream.WriteAsync(body, timeout.Token);
        await stream.FlushAsync(timeout.Token);

        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var statusLine = text.Split("\r\n", 2)[0];
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var bodyStart = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyStart < 0 ? "" : text[(bodyStart + 4)..]);
    }

    /// <summary>A request head: method, path, Host, the given headers, Connection: close (LF line ends; sent as CRLF).</summary>
    public static string Head(string method, string path, params string[] headers) =>
        $"{method} {path} HTTP/1.1\nHost: 127.0.0.1\n{string.Concat(headers.Select(h => h + "\n"))}Connection: close\n";
}
