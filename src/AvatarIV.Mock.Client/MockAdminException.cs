using System.Net;

namespace AvatarIV.Mock.Client;

/// <summary>The mock refused an admin call; <see cref="Body"/> is its answer (it names the field and the fix).</summary>
public sealed class MockAdminException : Exception
{
    public MockAdminException(string method, string path, HttpStatusCode status, string body)
        : base($"{method} {path} answered {(int)status} {status}: {body}")
    {
        Method = method;
        Path = path;
        StatusCode = status;
        Body = body;
    }

    public string Method { get; }

    public string Path { get; }

    public HttpStatusCode StatusCode { get; }

    public string Body { get; }
}
