using System.Text.RegularExpressions;
using AvatarIV.Core.Preflight;

namespace AvatarIV.Core.Surfaces;

/// <summary>Checks a create request against the chosen surface's rules before any credit is spent.</summary>
internal static class CreateRequestRules
{
    private static readonly Regex IdempotencyKeyShape = new("^[A-Za-z0-9_:.-]{1,255}$", RegexOptions.Compiled);

    public static void Validate(CreateVideoRequest request, ApiSurface surface)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (!string.IsNullOrEmpty(request.AvatarId) || !string.IsNullOrEmpty(request.Engine))
        {
            ValidateAvatar(request, surface);
        }
        else
        {
            ValidateImage(request, surface);
        }

        ValidateSpeech(request, surface);
        if (request.VoiceSpeed is { } speed && (speed < 0.5 || speed > 1.5))
        {
            throw new AvatarIVValidationException(ValidationCodes.InvalidValue, $"VoiceSpeed {speed} is outside 0.5–1.5; use 1 for normal speed.", nameof(request.VoiceSpeed));
        }

        CheckIdempotencyKey(request.IdempotencyKey);
    }

    private static void CheckIdempotencyKey(string? key)
    {
        if (key is not null && !IdempotencyKeyShape.IsMatch(key))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue,
                "IdempotencyKey must be 1–255 characters of letters, digits, '_', ':', '.' or '-'; leave it empty and the client makes one.",
                nameof(CreateVideoRequest.IdempotencyKey));
        }
    }

    /// <summary>A batch: v3 only, 1–100 videos, each valid on its own (the error names the item).</summary>
    public static void ValidateBatch(CreateVideoBatchRequest batch, ApiSurface surface)
    {
        if (batch is null)
        {
            throw new ArgumentNullException(nameof(batch));
        }

        var count = batch.Videos?.Count ?? 0;
        if (count is 0 or > CreateVideoBatchRequest.MaxVideos)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.BatchSize,
                $"A batch carries 1–{CreateVideoBatchRequest.MaxVideos} videos, not {count}; split the videos into several batches.",
                nameof(batch.Videos));
        }

        for (var i = 0; i < count; i++)
        {
            try
            {
                Validate(batch.Videos![i], surface);
            }
            catch (AvatarIVValidationException e)
            {
                throw new AvatarIVValidationException(e.Code, $"Video {i} of the batch: {e.Message}", $"{nameof(batch.Videos)}[{i}].{e.Param}");
            }
        }

        CheckIdempotencyKey(batch.IdempotencyKey);
    }

    /// <summary>Engines HeyGen's v3 schema names for <c>type:"avatar"</c> videos.</summary>
    public static readonly IReadOnlyList<string> Engines = ["avatar_iv", "avatar_v", "avatar_iii"];

    private static void ValidateAvatar(CreateVideoRequest request, ApiSurface surface)
    {
        if (surface == ApiSurface.Legacy)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.NeedsV3,
                "Avatar looks (AvatarId) are a v3 feature; connect with the v3 surface, or make the video from a photo (ImageKey).",
                nameof(request.AvatarId));
        }

        if (string.IsNullOrEmpty(request.AvatarId))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue, "Engine applies only to avatar-look videos; pass AvatarId too, or leave Engine out for a photo.", nameof(request.Engine));
        }

        if (!string.IsNullOrEmpty(request.ImageAssetId) || !string.IsNullOrEmpty(request.ImageUrl) || !string.IsNullOrEmpty(request.ImageKey))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.ConflictingInputs, "Pass either AvatarId (an avatar look) or a photo (ImageAssetId, ImageUrl), not both.", nameof(request.AvatarId));
        }

        if (request.Engine is { Length: > 0 } engine && !Engines.Contains(engine))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue, $"Engine '{engine}' is not one of {string.Join(", ", Engines)}.", nameof(request.Engine));
        }
    }

    private static void ValidateImage(CreateVideoRequest request, ApiSurface surface)
    {
        if (surface == ApiSurface.Legacy)
        {
            if (string.IsNullOrEmpty(request.ImageKey))
            {
                throw new AvatarIVValidationException(
                    ValidationCodes.MissingImage,
                    "The legacy surface needs ImageKey: upload the photo with this client on the legacy surface and pass the asset's ImageKey.",
                    nameof(request.ImageKey));
            }

            return;
        }

        var given = (string.IsNullOrEmpty(request.ImageAssetId) ? 0 : 1) + (string.IsNullOrEmpty(request.ImageUrl) ? 0 : 1);
        if (given == 0)
        {
            var fix = string.IsNullOrEmpty(request.ImageKey)
                ? "upload the photo and pass its AssetId, or pass ImageUrl"
                : "an ImageKey only works on the legacy surface; upload the photo on v3 and pass its AssetId, or switch to the legacy surface";
            throw new AvatarIVValidationException(ValidationCodes.MissingImage, $"v3 needs ImageAssetId or ImageUrl: {fix}.", nameof(request.ImageAssetId));
        }

        if (given > 1)
        {
            throw new AvatarIVValidationException(ValidationCodes.ConflictingInputs, "Pass either ImageAssetId or ImageUrl, not both.", nameof(request.ImageUrl));
        }
    }

    private static void ValidateSpeech(CreateVideoRequest request, ApiSurface surface)
    {
        var hasScript = !string.IsNullOrWhiteSpace(request.Script);
        if (!string.IsNullOrEmpty(request.AudioAssetId) && !string.IsNullOrEmpty(request.AudioUrl))
        {
            throw new AvatarIVValidationException(ValidationCodes.ConflictingInputs, "Pass either AudioAssetId or AudioUrl, not both.", nameof(request.AudioUrl));
        }

        if (!hasScript && !request.IsAudioDriven)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.MissingSpeech, "Nothing to say: pass Script with VoiceId, or an audio track (AudioAssetId or AudioUrl).", nameof(request.Script));
        }

        if (surface == ApiSurface.V3 && hasScript && request.IsAudioDriven)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.ConflictingInputs, "On v3 a script and an audio track are mutually exclusive; pass one of them.", nameof(request.Script));
        }

        // The legacy guide requires voice_id even for audio-driven videos; v3 only with a script, and not for an avatar look (its default voice speaks).
        var needsVoice = surface == ApiSurface.Legacy || (hasScript && string.IsNullOrEmpty(request.AvatarId));
        if (needsVoice && string.IsNullOrEmpty(request.VoiceId))
        {
            var why = surface == ApiSurface.Legacy && !hasScript ? " (the legacy API requires voice_id even when audio drives the video)" : "";
            throw new AvatarIVValidationException(ValidationCodes.MissingVoice, $"VoiceId is required{why}; list voices with GetVoicesAsync / Get-AvatarIVVoice.", nameof(request.VoiceId));
        }

        if (hasScript)
        {
            PreflightChecks.CheckScript(request.Script!);
        }
    }
}
