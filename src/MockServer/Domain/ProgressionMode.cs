using System.Globalization;

namespace AvatarIV.MockServer.Domain;

public enum ProgressionKind
{
    Immediate,
    Time,
    Polls,
    Manual,
}

/// <summary>How a job moves from queued to terminal (docs/mock-server.md, "Jobs, progression and test controls").</summary>
public readonly record struct ProgressionMode(ProgressionKind Kind, int Polls = 0)
{
    public const string Forms = "immediate, time, polls:N (N from 1 to 1000) or manual";

    public static bool TryParse(string? text, out ProgressionMode mode)
    {
        mode = default;
        var value = text?.Trim().ToLowerInvariant();
        switch (value)
        {
            case "immediate": mode = new(ProgressionKind.Immediate); return true;
            case "time": mode = new(ProgressionKind.Time); return true;
            case "manual": mode = new(ProgressionKind.Manual); return true;
        }

        if (value is not null && value.StartsWith("polls:", StringComparison.Ordinal)
            && int.TryParse(value["polls:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var polls)
            && polls is >= 1 and <= 1000)
        {
            mode = new(ProgressionKind.Polls, polls);
            return true;
        }

        return false;
    }

    public override string ToString() => Kind == ProgressionKind.Polls ? $"polls:{Polls}" : Kind.ToString().ToLowerInvariant();
}
