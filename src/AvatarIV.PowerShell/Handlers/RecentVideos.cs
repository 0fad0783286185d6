using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// The videos this session created or read, newest first: -VideoId completes from them, and what only the
/// create knew (title on legacy status reads, the estimate and its credits) is filled back into later reads.
/// Bounded, so a long-running session does not grow without end.
/// </summary>
internal sealed class RecentVideos
{
    public const int Capacity = 500;

    private readonly object _gate = new();
    private readonly LinkedList<AvatarVideo> _newestFirst = new();
    private readonly Dictionary<string, LinkedListNode<AvatarVideo>> _byId = new(StringComparer.Ordinal);

    /// <summary>Fills in what an earlier sighting knew and this one lacks, then records it as the newest; returns <paramref name="video"/>.</summary>
    public AvatarVideo Remember(AvatarVideo video)
    {
        if (string.IsNullOrEmpty(video.VideoId))
        {
            return video;
        }

        lock (_gate)
        {
            if (_byId.TryGetValue(video.VideoId, out var known))
            {
                video.Title ??= known.Value.Title;
                video.EstimatedSeconds ??= known.Value.EstimatedSeconds;
                video.EstimatedCredits ??= known.Value.EstimatedCredits;
                video.CallbackId ??= known.Value.CallbackId;
                _newestFirst.Remove(known);
            }

            _byId[video.VideoId] = _newestFirst.AddFirst(Copy(video));
            if (_newestFirst.Count > Capacity)
            {
                _byId.Remove(_newestFirst.Last!.Value.VideoId);
                _newestFirst.RemoveLast();
            }
        }

        return video;
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<AvatarVideo> All()
    {
        lock (_gate)
        {
            return _newestFirst.Select(Copy).ToList();
        }
    }

    // Kept apart from the object written to the pipeline, which the user may change.
    private static AvatarVideo Copy(AvatarVideo v) => new()
    {
        VideoId = v.VideoId,
        Status = v.Status,
        Title = v.Title,
        EstimatedSeconds = v.EstimatedSeconds,
        EstimatedCredits = v.EstimatedCredits,
        CallbackId = v.CallbackId,
        CreatedAt = v.CreatedAt,
        ApiVersion = v.ApiVersion,
    };
}
