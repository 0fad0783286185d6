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

        ValidateImage(request, surface);
        ValidateSpeech(request, surface);
        if (request.VoiceSpeed is { } speed && (speed < 0.5 || speed > 1.5))
        {
            throw new AvatarIVValidationException(ValidationCodes.InvalidValue, $"VoiceSpeed {speed} is outside 0.5–1.5; use 1 for normal speed.", nameof(request.VoiceSpeed));
        }

        if (request.IdempotencyKey is { } key && !IdempotencyKeyShape.IsMatch(key))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue,
                "IdempotencyKey must be 1–255 characters of letters, digits, '_', ':', '.' or '-'; leave it empty and the client makes one.",
                nameof(request.IdempotencyKey));
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

        // The legacy guide requires voice_id even for audio-driven videos; v3 only with a script.
        var needsVoice = surface == ApiSurface.Legacy || hasScript;
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
