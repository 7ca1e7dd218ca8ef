package app.keystone.sandbox.jql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed queries fail in {@link JqlParser#parse} with Jira's wording: a position when a token was
 * found, none when the query ended early (as in Atlassian's TestJqlParsing func test).
 */
class JqlSyntaxErrorTest {

    private static final String OPERATORS = " The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~',"
            + " 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
    private static final String ESCAPES =
            " The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

    private static Arguments syntax(String jql, String message) {
        return Arguments.of(jql, "Error in the JQL Query: " + message);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                syntax("(project = WEB AND status = Done", "Expecting ')' before the end of the query."),
                syntax("project = WEB AND (status = Done", "Expecting ')' before the end of the query."),
                syntax("(status = Done))", "Expecting either 'OR' or 'AND' but got ')'. (line 1, character 16)"),
                syntax("project = WEB status = Done",
                        "Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)"),
                syntax("project = WEB\nAND status = Done\nfoo",
                        "Expecting either 'OR' or 'AND' but got 'foo'. (line 3, character 1)"),
                syntax("project = WEB AND", "Expecting a field name at the end of the query."),
                syntax("project = WEB AND AND status = Done", "Expecting a field name but got 'AND'. You must"
                        + " surround 'AND' in quotation marks to use it as a field name. (line 1, character 19)"),
                syntax("[10016] = 3", "Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 1)"),
                syntax("\"\" = WEB", "A field name cannot be empty. (line 1, character 1)"),
                syntax("cf[abc] = 3",
                        "Expecting a custom field id (a positive number) but got 'abc'. (line 1, character 4)"),
                syntax("cf[10016 = 3", "Expecting ']' but got '='. (line 1, character 10)"),
                syntax("project WEB", "Expecting operator but got 'WEB'." + OPERATORS + " (line 1, character 9)"),
                syntax("project", "Expecting operator before the end of the query." + OPERATORS),
                syntax("assignee is ! EMPTY", "Expecting 'NOT' but got '!'. (line 1, character 13)"),
                syntax("assignee not is EMPTY", "Expecting 'IN' but got 'is'. (line 1, character 14)"),
                syntax("project =", "Expecting either a value, list or function before the end of the query."),
                syntax("project = )", "Expecting either a value, list or function but got ')'. You must surround"
                        + " ')' in quotation marks to use it as a value. (line 1, character 11)"),
                syntax("project == WEB", "Expecting either a value, list or function but got '='. You must surround"
                        + " '=' in quotation marks to use it as a value. (line 1, character 10)"),
                syntax("project in (WEB, PAY", "Expecting ')' before the end of the query."),
                syntax("project in (WEB PAY)", "Expecting ')' but got 'PAY'. (line 1, character 17)"),
                syntax("updated > startOfDay(", "Expecting ')' before the end of the query."),
                syntax("updated > startOfDay(-1,)", "Function argument must be specified. (line 1, character 25)"),
                syntax("updated > startOfDay(!)", "Expecting a function argument but got '!'. You must surround"
                        + " '!' in quotation marks to use it as an argument. (line 1, character 22)"),
                syntax("status = \"In Review", "The quoted string 'In Review' has not been completed."
                        + " (line 1, character 10)"),
                syntax("labels = '", "The quoted string has not been completed. (line 1, character 10)"),
                syntax("labels = \"a\\qb\"", "'\\q' is an illegal JQL escape sequence." + ESCAPES
                        + " (line 1, character 12)"),
                syntax("labels = fo{o", "The character '{' is a reserved JQL character. You must enclose it in a"
                        + " string or use the escape '\\u007b' instead. (line 1, character 12)"),
                syntax("labels = a\u0007b", "The character 'U+0007' on line 1 at position 11 must be escaped. Use"
                        + " the escape '\\u0007' instead. (line 1, character 11)"),
                syntax("labels = date", "'date' is a reserved JQL word. You must surround it in quotation marks"
                        + " to use it in a query. (line 1, character 10)"),
                syntax("project = WEB ORDER", "Expecting 'by' before the end of the query."),
                syntax("project = WEB ORDER key", "Expecting 'by' but got 'key'. (line 1, character 21)"),
                syntax("project = WEB ORDER BY", "Expecting a field name at the end of the query."),
                syntax("status = Done ORDER BY key,", "Expecting a field name at the end of the query."),
                syntax("ORDER BY key sideways",
                        "Expecting either 'ASC' or 'DESC' but got 'sideways'. (line 1, character 14)"),
                syntax("ORDER BY key ASC created", "Expecting ',' but got 'created'. (line 1, character 18)"),
                Arguments.of("status WAS Done", "The operator 'WAS' is not supported by the 'status' field."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesMalformedQueriesWhileParsing(String jql, String message) {
        assertThatThrownBy(() -> JqlParser.parse(jql)).isInstanceOf(JqlException.class).hasMessage(message);
    }
}
