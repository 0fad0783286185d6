using AvatarIV.MockServer.Domain.Retention;
using AvatarIV.MockServer.MediaLinks;

namespace MockServer.Tests.Retention;

/// <summary>The rendered-media cache keeps within its byte cap, least recently used out first; the retention rules' choices.</summary>
public sealed class RenderCacheTests
{
    [Fact]
    public void Past_the_cap_the_least_recently_used_render_goes_and_is_rendered_again_on_demand()
    {
        var cache = new RenderCache(capBytes: 250);
        var renders = new Dictionary<string, int>();
        byte[] Render(string key) => cache.GetOrRender(key, () =>
        {
            renders[key] = renders.GetValueOrDefault(key) + 1;
            return new byte[100];
        });

        Render("video/a");
        Render("video/b");
        Render("video/a"); // a is now more recent than b
        Render("video/c"); // 300 bytes > 250: b goes

        cache.Bytes.ShouldBe(200);
        Render("video/a");
        renders["video/a"].ShouldBe(1);
        Render("video/b");
        renders["video/b"].ShouldBe(2);
    }

    [Fact]
    public void Forgetting_a_job_drops_its_video_and_thumbnail()
    {
        var cache = new RenderCache(capBytes: 1000);
        cache.GetOrRender("video/j", () => new byte[10]);
        cache.GetOrRender("thumbnail/j", () => new byte[5]);

        cache.Forget("j");

        cache.Bytes.ShouldBe(0);
    }

    [Fact]
    public void The_rules_take_the_age_limit_then_the_oldest_evictable_items_of_each_key_over_its_limit()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(10);
        RetentionCandidate Item(string id, string key, double hoursAgo, bool evictable = true) => new(id, key, now.AddHours(-hoursAgo), evictable);
        var items = new[]
        {
            Item("ancient", "k1", 100), Item("old", "k1", 3), Item("running", "k1", 5, evictable: false), Item("new", "k1", 1),
            Item("other", "k2", 4),
        };

        RetentionRules.Choose(items, maxPerKey: 2, maxAge: TimeSpan.FromHours(50), now).ShouldBe(["ancient", "old"], ignoreOrder: true);
        RetentionRules.Choose(items, maxPerKey: 10, maxAge: null, now).ShouldBeEmpty();
    }
}
