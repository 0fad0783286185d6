namespace AvatarIV.MockServer.Webhooks;

/// <summary>HeyGen's webhook event names (docs/heygen-api.md, "Webhooks"). The mock emits the avatar_video and avatar_video_caption pairs and batch.finished.</summary>
public static class WebhookEventTypes
{
    public const string VideoSuccess = "avatar_video.success";
    public const string VideoFail = "avatar_video.fail";
    public const string CaptionSuccess = "avatar_video_caption.success";
    public const string CaptionFail = "avatar_video_caption.fail";
    public const string BatchFinished = "batch.finished";

    public static IReadOnlyList<(string EventType, string Description)> All { get; } =
    [
        (VideoSuccess, "A video finished rendering; event_data has video_id, url, video_url, thumbnail_url, duration, callback_id."),
        (VideoFail, "A video failed to render; event_data has video_id, msg, failure_code, callback_id."),
        ("avatar_video_gif.success", "A video's GIF preview is ready (never emitted by the mock)."),
        ("avatar_video_gif.fail", "A video's GIF preview failed (never emitted by the mock)."),
        (CaptionSuccess, "A captioned video's captions are ready; event_data has video_id, caption_url, subtitle_url, captioned_video_url (with a caption style), callback_id."),
        (CaptionFail, "A captioned video failed, so it has no captions; event_data has video_id, msg, failure_code, callback_id."),
        ("video_translate.success", "A translation finished (never emitted by the mock)."),
        ("video_translate.fail", "A translation failed (never emitted by the mock)."),
        ("personalized_video", "A personalized video event (never emitted by the mock)."),
        ("instant_avatar.success", "An instant avatar is ready (never emitted by the mock)."),
        ("instant_avatar.fail", "An instant avatar failed (never emitted by the mock)."),
        ("photo_avatar_generation.success", "Photo avatar generation finished (never emitted by the mock)."),
        ("photo_avatar_generation.fail", "Photo avatar generation failed (never emitted by the mock)."),
        ("photo_avatar_train.success", "Photo avatar training finished (never emitted by the mock)."),
        ("photo_avatar_train.fail", "Photo avatar training failed (never emitted by the mock)."),
        ("photo_avatar_add_motion.success", "Motion was added to a photo avatar (never emitted by the mock)."),
        ("photo_avatar_add_motion.fail", "Adding motion to a photo avatar failed (never emitted by the mock)."),
        ("proofread_creation.success", "A proofread finished (never emitted by the mock)."),
        ("proofread_creation.fail", "A proofread failed (never emitted by the mock)."),
        ("live_avatar.success", "A live avatar session event (never emitted by the mock)."),
        ("live_avatar.fail", "A live avatar session failed (never emitted by the mock)."),
        (BatchFinished, "Every video of a batch is terminal; event_data has batch_id, status, total_items, counts_by_status."),
    ];

    public static bool IsKnown(string eventType) => All.Any(e => e.EventType == eventType);
}
