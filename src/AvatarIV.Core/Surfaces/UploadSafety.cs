using AvatarIV.Core.Http;

namespace AvatarIV.Core.Surfaces;

/// <summary>
/// Upload retries: a repeated upload can at worst store a second, unused asset (assets cost nothing), so seekable
/// streams are retried like reads. A stream that cannot be rewound cannot be sent twice, so it is never retried.
/// </summary>
internal static class UploadSafety
{
    public static RetrySafety For(UploadSource source) => source.Content.CanSeek ? RetrySafety.Safe : RetrySafety.None;

    /// <summary>The body for one attempt: the caller's stream from where it started, wrapped to report progress.</summary>
    public static Stream Rewound(UploadSource source, long start)
    {
        if (source.Content.CanSeek)
        {
            source.Content.Position = start;
        }

        return new ProgressStream(source.Content, source.Progress);
    }
}
