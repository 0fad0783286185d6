using RestSharp;

namespace AvatarIV.Core.Http;

/// <summary>One logical API request: where it goes, how long it may take, which failures may be retried, and how to build it.</summary>
internal sealed class ApiCall
{
    public ApiCall(Method method, string path, TimeSpan timeout, RetrySafety safety)
    {
        Method = method;
        Path = path;
        Timeout = timeout;
        Safety = safety;
    }

    public Method Method { get; }

    /// <summary>The method as HTTP spells it, without formatting the enum on every call.</summary>
    public string MethodName => Method switch
    {
        Method.Get => "GET",
        Method.Post => "POST",
        Method.Delete => "DELETE",
        Method.Put => "PUT",
        _ => Method.ToString().ToUpperInvariant(),
    };

    /// <summary>Path relative to the host, without a leading slash (e.g. <c>v3/videos</c>).</summary>
    public string Path { get; }

    public TimeSpan Timeout { get; }

    public RetrySafety Safety { get; }

    /// <summary>A create: it takes one of the account's render slots, so a 429 may mean every slot is busy (retry notices say so).</summary>
    public bool StartsRender { get; init; }

    /// <summary>Send to the upload host instead of the API host.</summary>
    public bool OnUploadHost { get; init; }

    /// <summary>Adds query, headers and body; runs once per attempt so streams can be replayed.</summary>
    public Action<RestRequest>? Configure { get; init; }

    /// <summary>Extra words for an error message, e.g. why a failed create was not retried.</summary>
    public string? FailureHint { get; init; }
}
