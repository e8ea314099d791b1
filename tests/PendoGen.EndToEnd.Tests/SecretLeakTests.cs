using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace PendoGen.EndToEnd.Tests;

/// <summary>
/// Walks every generated record of every schema in this build: with each string set to a marker (secrets to a
/// secret marker), ToString(), validation messages and read errors never show a secret.
/// </summary>
public class SecretLeakTests
{
    private const string SecretMarker = "SECRET-7f3a91";

    public static TheoryData<Type> GeneratedRecords()
    {
        var data = new TheoryData<Type>();
        foreach (Type type in typeof(PendoConfig).Assembly.GetTypes()
                     .Where(t => t.IsClass && t.IsSealed && t.GetMethod("Validate", Type.EmptyTypes) is not null && t.GetMethod("ToJson") is not null)
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Every_schema_contributes_generated_records()
    {
        string[] names = GeneratedRecords().Cast<object[]>().Select(row => ((Type)row[0]).FullName!).ToArray();
        Assert.Contains("PendoGen.PendoConnectionRequest", names);
        Assert.Contains("PendoGen.PendoConnectionResponse", names);
        Assert.Contains("Widgets.WidgetConfig", names);
        Assert.True(names.Length >= 15, string.Join(", ", names));
    }

    [Fact]
    public void The_secret_list_matches_what_the_generator_masks()
    {
        // Every property whose value ToString() masks as *** must be in the list, and nothing else.
        var masked = new List<string>();
        foreach (Type type in GeneratedRecords().Cast<object[]>().Select(row => (Type)row[0]))
        {
            foreach (PropertyInfo property in type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
            {
                object instance = Activator.CreateInstance(type)!;
                property.SetValue(instance, "probe-value");
                if (instance.ToString()!.Contains(property.Name + " = ***", StringComparison.Ordinal))
                {
                    masked.Add(type.Name + "." + property.Name);
                }
            }
        }

        Assert.Equal(SecretProperties.Order(StringComparer.Ordinal), masked.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GeneratedRecords))]
    public void Secrets_never_appear_in_ToString_validation_or_read_errors(Type type)
    {
        object instance = Fill(type, depth: 0);
        string text = instance.ToString()!;
        Assert.DoesNotContain(SecretMarker, text, StringComparison.Ordinal);

        var issues = (System.Collections.IEnumerable)type.GetMethod("Validate")!.Invoke(instance, null)!;
        foreach (object issue in issues)
        {
            Assert.DoesNotContain(SecretMarker, issue.ToString(), StringComparison.Ordinal);
        }

        // A read error right after a secret: the message names the path, never the secret's value.
        string json = (string)type.GetMethod("ToJson")!.Invoke(instance, null)!;
        if (json.Contains(SecretMarker, StringComparison.Ordinal))
        {
            string broken = json.Replace("\"" + SecretMarker + "\"", "\"" + SecretMarker + "\",{", StringComparison.Ordinal);
            MethodInfo fromJson = type.GetMethod("FromJson", [typeof(string)])!;
            var e = Assert.IsAssignableFrom<JsonException>(Assert.Throws<TargetInvocationException>(() => fromJson.Invoke(null, [broken])).InnerException);
            Assert.DoesNotContain(SecretMarker, e.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>An instance with every settable property given a value; secret strings get the secret marker.</summary>
    private static object Fill(Type type, int depth)
    {
        object instance = Activator.CreateInstance(type)!;
        foreach (PropertyInfo property in type.GetProperties().Where(p => p.CanWrite && p.Name != "AdditionalProperties"))
        {
            bool secret = SecretProperties.Contains(type.Name + "." + property.Name);
            object? value = ValueFor(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, secret, depth);
            if (value is not null)
            {
                property.SetValue(instance, value);
            }
        }

        return instance;
    }

    private static object? ValueFor(Type type, bool secret, int depth)
    {
        if (type == typeof(string))
        {
            return secret ? SecretMarker : "plain-value";
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            return Convert.ChangeType(1, type, CultureInfo.InvariantCulture);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2020, 1, 31);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Type item = type.GetGenericArguments()[0];
            object? element = ValueFor(item, secret, depth);
            Array array = Array.CreateInstance(item, element is null ? 0 : 1);
            if (element is not null)
            {
                array.SetValue(element, 0);
            }

            return array;
        }

        return depth < 3 && type.GetMethod("Validate", Type.EmptyTypes) is not null ? Fill(type, depth + 1) : null;
    }

    // The secrets of the shipped and widget schemas (writeOnly or format password); the test below checks the list is complete.
    private static readonly HashSet<string> SecretProperties =
    [
        "PendoConfig.IntegrationKey", "AwsCredentials.S3RoleArn", "AzureCredentials.ConnectionString",
        "PendoConfigResponse.IntegrationKey", "ConnectCard.Token", "WidgetConfig.ApiToken", "Proxy.Password",
    ];
}
