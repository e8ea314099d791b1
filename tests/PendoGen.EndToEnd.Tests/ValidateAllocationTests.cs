namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// Validate() of a valid request allocates nothing: the JSON evaluator (for rules no C# type expresses) is only
/// called for properties and records that have such rules, and the Pendo schemas have none. An allocation count,
/// not a timing: it does not depend on the machine.
/// </summary>
public class ValidateAllocationTests
{
    [Fact]
    public void Validating_a_valid_request_allocates_nothing()
    {
        PendoConnectionRequest request = Requests.Valid();
        Assert.Empty(request.Validate()); // warm up (static fields, JIT) and check it is valid

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            _ = request.Validate();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
