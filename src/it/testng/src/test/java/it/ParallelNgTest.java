package it;

import static org.testng.Assert.assertNotEquals;

import dev.aitest.runtime.AiTest;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * A parallel data provider whose invocations finish in another order in each iteration: q1 first in odd
 * iterations, last in even ones. Surefire numbers an invocation by the order it finished in.
 */
public class ParallelNgTest {

    @DataProvider(parallel = true)
    public Object[][] questions() {
        return new Object[][] {{"q1"}, {"q2"}, {"q3"}, {"q4"}};
    }

    @Test(dataProvider = "questions")
    public void answers(String question) throws InterruptedException {
        int number = Integer.parseInt(question.substring(1));
        int iteration = AiTest.iteration();
        Thread.sleep(150L * (iteration % 2 == 1 ? number : 5 - number));
        AiTest.recordUsage("gpt-4o-mini", 100L * number, 10);
        assertNotEquals(question + " in iteration " + iteration, "q3 in iteration 2", "q3 fails in iteration 2");
    }
}
