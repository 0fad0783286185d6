namespace AvatarIV.Core.Surfaces;

/// <summary>A <see cref="CreateVideoRequest"/> as v3's <c>POST /v3/videos</c> body (also each item of a batch).</summary>
internal static class V3VideoBody
{
    public static V3CreateVideoBody From(CreateVideoRequest request)
    {
        var avatar = !string.IsNullOrEmpty(request.AvatarId);
        return new V3CreateVideoBody
        {
            Type = avatar ? "avatar" : "image",
            Image = avatar ? null : Image(request),
            AvatarId = avatar ? request.AvatarId : null,
            Engine = avatar && !string.IsNullOrEmpty(request.Engine) ? new V3Engine { Type = request.Engine! } : null,
            Script = request.IsAudioDriven ? null : request.Script,
            VoiceId = request.IsAudioDriven ? null : NullIfEmpty(request.VoiceId),
            VoiceSettings = request.VoiceSpeed is { } speed ? new V3VoiceSettings { Speed = speed } : null,
            AudioUrl = NullIfEmpty(request.AudioUrl),
            AudioAssetId = NullIfEmpty(request.AudioAssetId),
            Title = request.Title,
            Resolution = request.Resolution,
            AspectRatio = request.AspectRatio ?? request.Orientation switch
            {
                VideoOrientation.Landscape => "16:9",
                VideoOrientation.Portrait => "9:16",
                VideoOrientation.Square => "1:1",
                _ => null,
            },
            Fit = request.Fit?.ToString().ToLowerInvariant(),
            MotionPrompt = request.MotionPrompt,
            Expressiveness = request.Expressiveness,
            Caption = request.WantsCaptions ? new V3Caption { Style = NullIfEmpty(request.CaptionStyle) } : null,
            FolderId = NullIfEmpty(request.FolderId),
            CallbackUrl = request.CallbackUrl,
            CallbackId = request.CallbackId,
        };
    }

    private static V3ImageInput Image(CreateVideoRequest request) =>
        string.IsNullOrEmpty(request.ImageUrl)
            ? new V3ImageInput { Type = "asset_id", AssetId = request.ImageAssetId }
            : new V3ImageInput { Type = "url", Url = request.ImageUrl };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
