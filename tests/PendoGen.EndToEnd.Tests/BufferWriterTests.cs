using System.Buffers;
using System.Text;

namespace PendoGen.EndToEnd.Tests;

/// <summary><c>WriteTo(IBufferWriter&lt;byte&gt;)</c>: the caller's buffer gets the same bytes as ToJson(), and nothing of a failed write.</summary>
public class BufferWriterTests
{
    [Fact]
    public void Writing_to_a_buffer_gives_the_bytes_of_ToJson_every_time()
    {
        PendoConnectionRequest request = Requests.Valid();
        var buffer = new ArrayBufferWriter<byte>();
        for (int i = 0; i < 3; i++) // the second and third writes reuse the thread's cached writer
        {
            buffer.ResetWrittenCount();
            request.WriteTo(buffer);
            Assert.Equal(request.ToJson(), Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void Two_buffers_written_one_after_the_other_each_get_their_object()
    {
        var first = new ArrayBufferWriter<byte>();
        var second = new ArrayBufferWriter<byte>();
        Requests.Valid().WriteTo(first);
        new PendoConfig { Schema = "other" }.WriteTo(second);
        Assert.Equal(Requests.Valid().ToJson(), Encoding.UTF8.GetString(first.WrittenSpan));
        Assert.Equal("""{"schema":"other"}""", Encoding.UTF8.GetString(second.WrittenSpan));
    }

    [Fact]
    public void A_failed_write_leaves_the_buffer_untouched_and_the_next_write_works()
    {
        PendoConnectionRequest masked = Requests.Valid() with { Config = Requests.Valid().Config with { IntegrationKey = "******" } };
        var buffer = new ArrayBufferWriter<byte>();
        Assert.Throws<InvalidOperationException>(() => masked.WriteTo(buffer));
        Assert.Equal(0, buffer.WrittenCount);

        Requests.Valid().WriteTo(buffer);
        Assert.Equal(Requests.Valid().ToJson(), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
