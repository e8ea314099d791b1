using PendoGen.Model;

namespace PendoGen.Tests.Model;

/// <summary>The naming contract of schema/README.md: JSON names and enum values to C# names.</summary>
public class NamingTests
{
    [Theory]
    [InlineData("sync_mode", "SyncMode")]
    [InlineData("ALL_TIME", "AllTime")]
    [InlineData("DATE_LIMIT", "DateLimit")]
    [InlineData("AWS_S3", "AwsS3")]
    [InlineData("AZURE", "AZURE")]
    [InlineData("EU", "EU")]
    [InlineData("US1", "US1")]
    [InlineData("JPN", "JPN")]
    [InlineData("SshTunnel", "SshTunnel")]
    [InlineData("AllAppIds", "AllAppIds")]
    [InlineData("auto", "Auto")]
    [InlineData("fast-mode", "FastMode")]
    [InlineData("v2.beta", "V2Beta")]
    [InlineData("3d", "_3d")]
    [InlineData("2x2-grid", "_2x2Grid")]
    [InlineData("safe mode", "SafeMode")]
    [InlineData("", "Value")]
    [InlineData("s3_role_arn", "S3RoleArn")]
    [InlineData("backward_sync_limit_date", "BackwardSyncLimitDate")]
    [InlineData("group_id", "GroupId")]
    [InlineData("FIVETRAN_NAMING", "FivetranNaming")]
    [InlineData("SYNC_FREQUENCY", "SyncFrequency")]
    [InlineData("a__b", "AB")]
    [InlineData("_leading", "Leading")]
    [InlineData("trailing_", "Trailing")]
    [InlineData("___", "Value")]
    [InlineData("-", "Value")]
    [InlineData("$ref", "Ref")]
    [InlineData("a+b", "Ab")]
    [InlineData("class", "Class")]
    [InlineData("ñame", "Ñame")]
    [InlineData("日本", "日本")]
    [InlineData("x", "X")]
    [InlineData("123", "_123")]
    [InlineData("9_lives", "_9Lives")]
    public void ToPascalCase_follows_the_naming_contract(string name, string expected) =>
        Assert.Equal(expected, Naming.ToPascalCase(name));

    [Theory]
    [InlineData("")]
    [InlineData("sync_mode")]
    [InlineData("ALL_TIME")]
    [InlineData("3d")]
    [InlineData("safe mode")]
    [InlineData("class")]
    [InlineData("a\u0000b")]
    [InlineData("\U0001F600 smile")]
    [InlineData("日本")]
    [InlineData("İstanbul_id")]
    public void ToPascalCase_always_gives_a_usable_identifier(string name)
    {
        string result = Naming.ToPascalCase(name);
        Assert.True(Naming.IsIdentifier(result), $"'{name}' became '{result}'");
    }

    [Theory]
    [InlineData("sync_mode")]
    [InlineData("index_id")]
    [InlineData("ITEM_ID")]
    [InlineData("istanbul")]
    public void ToPascalCase_does_not_depend_on_the_current_culture(string name)
    {
        string invariant = Naming.ToPascalCase(name);
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(invariant, Naming.ToPascalCase(name));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("PendoConfig")]
    [InlineData("_private")]
    [InlineData("_3d")]
    [InlineData("Class")]
    [InlineData("Value")]
    [InlineData("日本")]
    [InlineData("Ñame")]
    [InlineData("A1")]
    public void IsIdentifier_accepts_valid_identifiers(string name) =>
        Assert.True(Naming.IsIdentifier(name));

    [Theory]
    [InlineData("class")]
    [InlineData("int")]
    [InlineData("namespace")]
    [InlineData("record")]
    [InlineData("var")]
    [InlineData("async")]
    [InlineData("required")]
    public void IsIdentifier_rejects_keywords_and_contextual_keywords(string name) =>
        Assert.False(Naming.IsIdentifier(name));

    [Theory]
    [InlineData("")]
    [InlineData("My Config")]
    [InlineData("3d")]
    [InlineData("a-b")]
    [InlineData("a.b")]
    [InlineData("@class")]
    [InlineData("a$")]
    [InlineData(" Padded")]
    public void IsIdentifier_rejects_invalid_names(string name) =>
        Assert.False(Naming.IsIdentifier(name));
}
