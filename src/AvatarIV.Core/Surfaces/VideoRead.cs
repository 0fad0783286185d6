namespace AvatarIV.Core.Surfaces;

/// <summary>One video's status read within a polling round: the video, or the error that read ended with (after its retries).</summary>
internal sealed record VideoRead(string VideoId, Video? Video, AvatarIVApiException? Error)
{
    /// <summary>Runs one read and keeps its API error as the result, so one failing video never sinks the others' reads.</summary>
    public static async Task<VideoRead> CaptureAsync(string videoId, Func<Task<Video>> read)
    {
        try
        {
            return new VideoRead(videoId, await read().ConfigureAwait(false), null);
        }
        catch (AvatarIVApiException ex)
        {
            return new VideoRead(videoId, null, ex);
        }
    }
}
