/** The behavioural diff of two versions of a design (the `stageflow diff` command, the app's "Compare with…"). */
export { describeSubject, diffBehaviour, type BehaviourChange, type ChangeAspect } from './behaviourDiff';
