namespace AvatarIV.MockServer.Domain.Avatars;

/// <summary>
/// One look of the seeded catalogue (<c>GET /v3/avatars/looks</c>): its id is the <c>avatar_id</c> of a
/// <c>type:"avatar"</c> video. Private looks (the caller's own photo avatars and twins) carry a training status;
/// public presets do not (HeyGen: "Only present for private avatars"). <see cref="Hue"/> tints its rendered preview.
/// </summary>
public sealed record AvatarLook(
    string Id,
    string Name,
    string GroupId,
    string AvatarType,
    string Gender,
    string DefaultVoiceId,
    string PreferredOrientation,
    int ImageWidth,
    int ImageHeight,
    IReadOnlyList<string> SupportedApiEngines,
    IReadOnlyList<string> Tags,
    bool IsPrivate,
    int Hue)
{
    public const string PhotoAvatar = "photo_avatar";
    public const string DigitalTwin = "digital_twin";
    public const string StudioAvatar = "studio_avatar";

    public static readonly string[] Types = [StudioAvatar, DigitalTwin, PhotoAvatar];

    public bool IsPhoto => AvatarType == PhotoAvatar;

    public string Ownership => IsPrivate ? "private" : "public";

    /// <summary>Training status: the seeded private looks are all trained; public ones have none.</summary>
    public string? Status => IsPrivate ? "completed" : null;
}

/// <summary>An avatar group (<c>GET /v3/avatars</c>): a person, whose looks are outfits or styles.</summary>
public sealed record AvatarGroup(string Id, string Name, string Gender, string DefaultVoiceId, bool IsPrivate, DateTimeOffset CreatedAt)
{
    public string Ownership => IsPrivate ? "private" : "public";

    public string? Status => IsPrivate ? "completed" : null;
}
