namespace AvatarIV.Core;

/// <summary>Legacy <c>video_orientation</c>; on v3 it maps to an aspect ratio (16:9, 9:16, 1:1).</summary>
public enum VideoOrientation
{
    Landscape,
    Portrait,
    Square,
}

/// <summary>How the photo fills the frame.</summary>
public enum VideoFit
{
    Cover,
    Contain,
}

/// <summary>One status vocabulary for both surfaces (v3 <c>queued</c> reads as <see cref="Waiting"/>, <c>error</c> as <see cref="Failed"/>).</summary>
public enum VideoStatus
{
    Unknown,
    Waiting,
    Pending,
    Processing,
    Completed,
    Failed,
}

/// <summary>How waiting for one video ended.</summary>
public enum WaitOutcome
{
    Completed,
    Failed,
    TimedOut,

    /// <summary>
    /// The video's status could not be read: its reads kept failing (each after the client's retries) for
    /// <see cref="WaitOptions.MaxFailedReads"/> rounds in a row, or were refused for good. <see cref="VideoWaitResult.ReadError"/> says why;
    /// the video itself may still be rendering.
    /// </summary>
    ReadFailed,
}
