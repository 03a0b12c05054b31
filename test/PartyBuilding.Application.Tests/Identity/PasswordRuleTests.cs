using Shouldly;
using Xunit;

namespace PartyBuilding.Identity;

public sealed class PasswordRuleTests
{
    [Theory]
    [InlineData("Abcdefg1", true)]
    [InlineData("abcdefg1!", true)]
    [InlineData("ABCDEFG!1", true)]
    [InlineData("党建平台abc1!", true)]
    [InlineData("Abc1!", false)] // too short
    [InlineData("abcdefgh1", false)] // two classes
    [InlineData("ABCDEFGHij", false)] // two classes
    [InlineData("12345678!", false)] // two classes
    [InlineData("", false)]
    public void Should_require_8_characters_from_3_of_4_classes(string password, bool acceptable) =>
        PasswordRule.IsAcceptable(password).ShouldBe(acceptable);
}
