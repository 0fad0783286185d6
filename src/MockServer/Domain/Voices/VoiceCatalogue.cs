using AvatarIV.MockServer.Domain.Errors;
namespace AvatarIV.MockServer.Domain.Voices;

public sealed record Voice(string VoiceId, string Name, string Language, string Locale, string Gender, string Engine, bool SupportPause, bool EmotionSupport)
{
    public string Type => "public";

    public string PreviewAudioUrl => $"https://static.heygen.ai/voice_preview/{VoiceId}.mp3";
}

/// <summary>The mock's fixed voice list, served by both /v2/voices and /v3/voices; creates must name one of these ids.</summary>
public static class VoiceCatalogue
{
    public static readonly IReadOnlyList<Voice> All =
    [
        new("ef3243cb71ba7aee00fb1cdcd95823f2", "Aria", "English", "en-US", "female", "starfish", true, true),
        new("aa09772e76c9d73d07aed33a1e52bbf8", "Marcus", "English", "en-US", "male", "starfish", true, true),
        new("ea17f2773cf8181a74c3972bb5052af9", "Olivia", "English", "en-GB", "female", "elevenlabs", true, false),
        new("a6fd3530f1ca8c90b2e4eb8432f462c6", "Ethan", "English", "en-AU", "male", "elevenlabs", true, false),
        new("4aff5218682afc11d09e04db1170ee19", "Sofia", "Spanish", "es-ES", "female", "starfish", true, true),
        new("2082577b407737657d1245063e7e66fb", "Mateo", "Spanish", "es-MX", "male", "fish", false, false),
        new("1d80d113025aee97919caef7169ad86c", "Camille", "French", "fr-FR", "female", "starfish", true, true),
        new("376ddc2b2c77dacab18d5af4c900ead1", "Lukas", "German", "de-DE", "male", "starfish", true, false),
        new("a0ee98585b9b2cda93eab797899ad4c4", "Yuki", "Japanese", "ja-JP", "female", "fish", false, false),
        new("939a8220ce12477b4a334faffd7e85d3", "Priya", "Hindi", "hi-IN", "female", "starfish", true, false),
        new("c95bc0bf56f6bb60386dc18520d27f14", "Lucas", "Portuguese", "pt-BR", "male", "elevenlabs", true, false),
        new("690839a9172519f0ecf975f29a8dee11", "Mei", "Chinese", "zh-CN", "female", "fish", false, false),
    ];

    public static Voice? Find(string voiceId) => All.FirstOrDefault(v => v.VoiceId == voiceId);

    /// <summary>Refuses a voice id the catalogue does not have, pointing at the voices route.</summary>
    public static void Require(string voiceId, string voicesRoute)
    {
        if (Find(voiceId) is null)
        {
            throw ErrorCatalog.VoiceNotFound.With($"voice_id '{voiceId}' is not a known voice. List voices with GET {voicesRoute} and use one of their voice_id values (e.g. {All[0].VoiceId}).", "voice_id");
        }
    }
}
