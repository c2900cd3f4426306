"""Matching waiting conversations to agents with free capacity, in queue order.

A ``Board`` holds agents and the queue in memory and answers two questions: which agent
takes a conversation that has just arrived (or must it wait), and which waiting
conversation does an agent who has just freed a slot take. The service builds a board from
the database for each dispatch round and commits what it decides under guards; the
simulator in ``bench/routing.py`` keeps one board for a whole run.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

STRATEGIES = ("least_load", "round_robin", "last_agent", "proficiency")


@dataclass(slots=True, eq=False)
class Agent:
    id: uuid.UUID
    free: int  # slots this agent may still take now (0 when not online)
    active: int = 0
    last_assigned: float = 0.0  # when they were last given one (epoch seconds)
    groups: dict[uuid.UUID, int] = field(default_factory=dict)  # group -> proficiency


@dataclass(slots=True, eq=False)
class Waiting:
    id: uuid.UUID  # the conversation
    rank: int  # smaller is served first
    groups: frozenset[uuid.UUID] = frozenset()  # empty: any agent
    agent_id: uuid.UUID | None = None  # only this agent (a named target)
    preferred: uuid.UUID | None = None  # the last agent who served the customer
    strategy: str = "least_load"


ANY = uuid.UUID(int=0)  # the heap of conversations any agent may take


class Board:
    def __init__(self) -> None:
        self.agents: dict[uuid.UUID, Agent] = {}
        self.waiting: dict[uuid.UUID, Waiting] = {}
        self._queues: dict[uuid.UUID, list[tuple[int, int, Waiting]]] = {}
        self._named: dict[uuid.UUID, list[tuple[int, int, Waiting]]] = {}
        self._free: dict[uuid.UUID, dict[uuid.UUID, Agent]] = {ANY: {}}
        self._tie = 0  # keeps heap order stable for equal ranks

    # --- agents ----------------------------------------------------------------------------

    def put_agent(self, agent: Agent) -> None:
        old = self.agents.get(agent.id)
        if old is not None:
            self._unlist(old)
        self.agents[agent.id] = agent
        self._list(agent)

    def remove_agent(self, agent_id: uuid.UUID) -> None:
        agent = self.agents.pop(agent_id, None)
        if agent is not None:
            self._unlist(agent)

    def set_free(self, agent_id: uuid.UUID, free: int) -> None:
        agent = self.agents[agent_id]
        self._unlist(agent)
        agent.free = free
        self._list(agent)

    def _list(self, agent: Agent) -> None:
        if agent.free > 0:
            self._free[ANY][agent.id] = agent
            for group in agent.groups:
                self._free.setdefault(group, {})[agent.id] = agent

    def _unlist(self, agent: Agent) -> None:
        self._free[ANY].pop(agent.id, None)
        for group in agent.groups:
            self._free.get(group, {}).pop(agent.id, None)

    # --- the queue -------------------------------------------------------------------------

    def offer(self, waiting: Waiting, now: float) -> Agent | None:
        """The agent who takes this conversation now, or None: it waits in the queue."""
        agent = self.pick(waiting)
        if agent is None:
            self._enqueue(waiting)
            return None
        self._take(agent, now)
        return agent

    def pick(self, waiting: Waiting) -> Agent | None:
        """The best agent free for this conversation, by its group's strategy."""
        if waiting.agent_id is not None:
            named = self._free[ANY].get(waiting.agent_id)
            if named is not None or not waiting.groups:
                return named
        candidates = self._candidates(waiting)
        return choose(waiting, candidates)

    def _candidates(self, waiting: Waiting) -> Iterable[Agent]:
        if not waiting.groups:
            return self._free[ANY].values()
        if len(waiting.groups) == 1:
            (group,) = waiting.groups
            return self._free.get(group, {}).values()
        seen: dict[uuid.UUID, Agent] = {}
        for group in waiting.groups:
            seen.update(self._free.get(group, {}))
        return seen.values()

    def _enqueue(self, waiting: Waiting) -> None:
        self.waiting[waiting.id] = waiting
        self._tie += 1
        item = (waiting.rank, self._tie, waiting)
        if waiting.agent_id is not None:
            heapq.heappush(self._named.setdefault(waiting.agent_id, []), item)
        # A named agent's conversation is not any agent's, unless its groups say so.
        anyone = () if waiting.agent_id is not None else (ANY,)
        for group in waiting.groups or anyone:
            heapq.heappush(self._queues.setdefault(group, []), item)

    def withdraw(self, conversation_id: uuid.UUID) -> Waiting | None:
        """Take a conversation out of the queue (its heap entries are skipped later)."""
        return self.waiting.pop(conversation_id, None)

    def release(self, agent_id: uuid.UUID, now: float) -> list[Waiting]:
        """Give a newly free agent the best waiting conversations they may take, while
        they have room."""
        agent = self.agents.get(agent_id)
        taken: list[Waiting] = []
        while agent is not None and agent.free > 0:
            best = self._best_for(agent)
            if best is None:
                break
            del self.waiting[best.id]
            self._take(agent, now)
            taken.append(best)
        return taken

    def _best_for(self, agent: Agent) -> Waiting | None:
        best: Waiting | None = None
        for heap in self._heaps_of(agent):
            top = self._top(heap)
            if top is not None and (best is None or top.rank < best.rank):
                best = top
        return best

    def _heaps_of(self, agent: Agent) -> Iterator[list[tuple[int, int, Waiting]]]:
        for key in (*agent.groups, ANY):
            heap = self._queues.get(key)
            if heap:
                yield heap
        named = self._named.get(agent.id)
        if named:
            yield named

    def _top(self, heap: list[tuple[int, int, Waiting]]) -> Waiting | None:
        while heap:
            waiting = heap[0][2]
            if self.waiting.get(waiting.id) is waiting:
                return waiting
            heapq.heappop(heap)  # taken or withdrawn since
        return None

    def _take(self, agent: Agent, now: float) -> None:
        self._unlist(agent)
        agent.free -= 1
        agent.active += 1
        agent.last_assigned = now
        self._list(agent)

    def queue_length(self) -> int:
        return len(self.waiting)


def choose(waiting: Waiting, candidates: Iterable[Agent]) -> Agent | None:
    """Apply a group's assignment strategy to the agents who have room.

    - least_load: fewest active conversations, then the longest since their last one;
    - round_robin: the longest since their last one (each takes a turn);
    - last_agent: the agent who last served the customer if they have room, else
      least_load;
    - proficiency: the highest proficiency in the conversation's groups, then least_load.
    """
    strategy = waiting.strategy
    if strategy == "last_agent" and waiting.preferred is not None:
        for agent in candidates:
            if agent.id == waiting.preferred:
                return agent
    best: Agent | None = None
    best_key: tuple[float, ...] = ()
    for agent in candidates:
        if strategy == "round_robin":
            key: tuple[float, ...] = (agent.last_assigned, agent.id.int)
        elif strategy == "proficiency":
            skill = max((agent.groups.get(g, 0) for g in waiting.groups), default=0)
            key = (-skill, agent.active, agent.last_assigned, agent.id.int)
        else:
            key = (agent.active, agent.last_assigned, agent.id.int)
        if best is None or key < best_key:
            best, best_key = agent, key
    return best
