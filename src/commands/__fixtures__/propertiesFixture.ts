/** A document with every element kind, for property-command and panel tests (from the spec's onboarding example). */
import type { Orchestration } from '../../model/types';

export function propertiesFixture(): Orchestration {
  return {
    "format": "stageflow.orchestration",
    "version": 1,
    "name": "Employee_Onboarding",
    "label": "Employee Onboarding",
    "description": "New hire: accounts first, then equipment and a welcome, then a buddy once HR confirms.",
    "apiVersion": 63,
    "trigger": {
      "type": "autolaunched",
      "launchedBy": "hr_admin",
      "runContext": "user"
    },
    "variables": [
      {
        "name": "hire",
        "type": "Record",
        "object": "Contact",
        "value": {
          "Id": "003A1",
          "Department": "Sales",
          "Confirmed": false
        }
      },
      {
        "name": "laptopTag",
        "type": "Text"
      },
      {
        "name": "amount",
        "type": "Number",
        "value": 120
      }
    ],
    "users": [
      {
        "username": "hr_admin",
        "name": "Hana Ruiz",
        "active": true
      },
      {
        "username": "it_ops",
        "name": "Ike Tran",
        "active": true
      },
      {
        "username": "ex_staff",
        "name": "Former Staff",
        "active": false
      }
    ],
    "flows": [
      {
        "name": "Create_Accounts",
        "label": "Create accounts",
        "type": "autolaunched",
        "active": true,
        "elements": [
          "Assignment",
          "RecordCreate"
        ],
        "runMode": "default",
        "inputs": [
          "contactId"
        ],
        "outputs": []
      },
      {
        "name": "Ship_Laptop",
        "label": "Ship laptop",
        "type": "autolaunched",
        "active": true,
        "elements": [
          "Action",
          "Wait"
        ],
        "runMode": "systemWithSharing",
        "inputs": [
          "contactId"
        ],
        "outputs": [
          "assetTag"
        ],
        "behavior": {
          "durationMs": 3000,
          "outcome": "success",
          "outputs": {
            "assetTag": "LT-0042"
          }
        }
      },
      {
        "name": "Send_Welcome",
        "label": "Send welcome email",
        "type": "autolaunched",
        "active": true,
        "elements": [
          "Action"
        ],
        "runMode": "default",
        "inputs": [
          "contactId"
        ],
        "outputs": [],
        "behavior": {
          "durationMs": 500,
          "outcome": "success"
        }
      },
      {
        "name": "Hire_Confirmed",
        "label": "Hire confirmed?",
        "type": "evaluation",
        "active": true,
        "elements": [],
        "inputs": [],
        "outputs": [],
        "condition": {
          "requirements": [
            {
              "left": "hire.Confirmed",
              "operator": "EqualTo",
              "right": {
                "boolean": true
              }
            }
          ],
          "logic": "and"
        }
      },
      {
        "name": "Assign_Buddy",
        "label": "Assign a buddy",
        "type": "autolaunched",
        "active": true,
        "elements": [
          "RecordUpdate"
        ],
        "runMode": "default",
        "inputs": [
          "contactId"
        ],
        "outputs": []
      },
      {
        "name": "Review_Hire",
        "label": "Review hire",
        "type": "screen",
        "active": true,
        "elements": [
          "Screen"
        ],
        "inputs": [
          "contactId"
        ],
        "outputs": [
          "approved"
        ]
      },
      {
        "name": "Old_Check",
        "label": "Old check",
        "type": "evaluation",
        "active": false,
        "elements": [],
        "inputs": [
          "x"
        ],
        "outputs": []
      }
    ],
    "start": "Accounts_And_Equipment",
    "stages": [
      {
        "name": "Accounts_And_Equipment",
        "label": "Accounts and equipment",
        "exit": {
          "mode": "allStepsCompleted"
        },
        "next": "Is_Sales",
        "steps": [
          {
            "name": "Create_User_Accounts",
            "label": "Create user accounts",
            "kind": "background",
            "flow": "Create_Accounts",
            "start": {
              "mode": "stageStarts"
            },
            "runAs": {
              "mode": "default"
            },
            "inputs": {
              "contactId": "hire.Id"
            }
          },
          {
            "name": "Provision_Laptop",
            "label": "Provision laptop",
            "kind": "background",
            "flow": "Ship_Laptop",
            "start": {
              "mode": "stepCompleted",
              "step": "Create_User_Accounts"
            },
            "runAs": {
              "mode": "user",
              "user": "it_ops"
            },
            "inputs": {
              "contactId": "hire.Id"
            },
            "outputs": {
              "assetTag": "laptopTag"
            }
          },
          {
            "name": "Welcome_Email",
            "label": "Welcome email",
            "kind": "background",
            "flow": "Send_Welcome",
            "start": {
              "mode": "requirements",
              "logic": "1 AND (2 OR 3)",
              "requirements": [
                {
                  "left": "Create_User_Accounts.Status",
                  "operator": "EqualTo",
                  "right": {
                    "string": "Completed"
                  }
                },
                {
                  "left": "hire.Department",
                  "operator": "EqualTo",
                  "right": {
                    "string": "Sales"
                  }
                },
                {
                  "left": "hire.Department",
                  "operator": "EqualTo",
                  "right": {
                    "string": "Support"
                  }
                }
              ]
            },
            "runAs": {
              "mode": "default"
            },
            "inputs": {
              "contactId": "hire.Id"
            }
          }
        ]
      },
      {
        "name": "Settle_In",
        "label": "Settle in",
        "exit": {
          "mode": "allStepsCompleted"
        },
        "steps": [
          {
            "name": "Buddy",
            "label": "Assign buddy",
            "kind": "background",
            "flow": "Assign_Buddy",
            "start": {
              "mode": "evaluationFlow",
              "flow": "Hire_Confirmed",
              "inputs": {}
            },
            "runAs": {
              "mode": "default"
            },
            "inputs": {
              "contactId": "hire.Id"
            }
          },
          {
            "name": "Review",
            "label": "Review hire",
            "kind": "interactive",
            "flow": "Review_Hire",
            "start": {
              "mode": "stageStarts"
            },
            "assignee": {
              "type": "user",
              "name": "hr_admin"
            },
            "complete": {
              "mode": "screenFlowFinished"
            },
            "inputs": {
              "contactId": "hire.Id"
            }
          }
        ]
      }
    ],
    "layout": {
      "Accounts_And_Equipment": {
        "x": 0,
        "y": 0
      },
      "Settle_In": {
        "x": 480,
        "y": 0
      }
    },
    "decisions": [
      {
        "name": "Is_Sales",
        "label": "Sales hire?",
        "outcomes": [
          {
            "name": "Sales",
            "requirements": [
              {
                "left": "hire.Department",
                "operator": "EqualTo",
                "right": {
                  "string": "Sales"
                }
              }
            ],
            "logic": "and",
            "next": "Settle_In"
          }
        ],
        "defaultNext": null
      }
    ]
  };
}
